package eu.lorntech.totem.platform.dashboard;

import java.util.List;
import java.util.Set;

/**
 * Implemented by a module whose dashboard shortcut picks one of the next days. Its own interface, not a
 * default method of {@link DashboardContributor}: an EJB's proxy runs an interface's default method on
 * itself, never reaching the bean's own.
 */
public interface DayPickerContributor {
    List<DashboardDayPicker> dayPickers(Set<String> roles, Long siteId);
}
