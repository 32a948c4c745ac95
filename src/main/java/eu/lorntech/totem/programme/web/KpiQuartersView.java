package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.Cohorts;
import eu.lorntech.totem.programme.boundary.KpiReports;
import eu.lorntech.totem.programme.entity.Quarter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Closing a programme's KPI quarters: once closed, its startups no longer report or correct that quarter's figures. */
@Named
@ViewScoped
public class KpiQuartersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortDesk desk;

    @Inject
    KpiReports kpis;

    private List<String> lockedQuarters = List.of();
    private final List<String> closableQuarters = lastEightQuarters();
    private String lockQuarter = closableQuarters.get(0);

    /** Called by the view action, after the view parameters. */
    public void load() {
        desk.load();
        if (desk.isManager()) {
            refresh();
        }
    }

    private void refresh() {
        lockedQuarters = kpis.lockedQuarters(desk.getProgrammeId());
    }

    public void lock() {
        kpis.lock(desk.getProgrammeId(), Quarter.parse(lockQuarter == null ? null : lockQuarter.strip()));
        FacesMessages.info("cohorts.locked");
        refresh();
    }

    /** The ended quarters a manager may close: the last eight, the latest first. */
    private static List<String> lastEightQuarters() {
        List<String> out = new ArrayList<>();
        Quarter q = Quarter.toReportOn(Cohorts.today());
        for (int i = 0; i < 8; i++, q = q.previous()) {
            out.add(q.toString());
        }
        return out;
    }

    public List<String> getClosableQuarters() {
        return closableQuarters;
    }

    public List<String> getLockedQuarters() {
        return lockedQuarters;
    }

    public String getLockQuarter() {
        return lockQuarter;
    }

    public void setLockQuarter(String lockQuarter) {
        this.lockQuarter = lockQuarter;
    }
}
