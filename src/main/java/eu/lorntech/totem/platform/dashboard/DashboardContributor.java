package eu.lorntech.totem.platform.dashboard;

import java.util.List;
import java.util.Set;

/** Implemented by each module to put its real counts on the dashboards of the roles concerned. */
public interface DashboardContributor {
    List<DashboardCard> cards(Set<String> roles, Long siteId);
}
