package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.programme.boundary.Cohorts;
import eu.lorntech.totem.programme.boundary.ProgrammeDashboard;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;

/** The programme dashboard: progress per cohort, KPI trends, who has not reported; the network for admins. */
@Named
@ViewScoped
public class ProgrammeDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeDashboard dashboard;

    @Inject
    Cohorts cohorts;

    @Inject
    Sites sites;

    @Inject
    eu.lorntech.totem.identity.boundary.People people;

    private List<Cohorts.ProgrammeRef> programmes = List.of();
    private Long programmeId;
    private ProgrammeDashboard.Figures figures;
    private Long trendCohortId;
    private List<ProgrammeDashboard.QuarterFigures> trend = List.of();
    private List<ProgrammeDashboard.SiteFigures> network = List.of();
    private List<ProgrammeDashboard.QuarterFigures> networkTrend = List.of();

    public void load() {
        programmes = cohorts.managedProgrammes();
        if (programmes.isEmpty()) {
            return;
        }
        if (programmeId == null || programmes.stream().noneMatch(p -> p.id().equals(programmeId))) {
            programmeId = programmes.get(0).id();
        }
        if (people.callerHolds(eu.lorntech.totem.platform.security.Roles.ADMIN, null)) {
            network = dashboard.network();
            networkTrend = dashboard.networkTrend();
        }
        show();
    }

    public void show() {
        figures = dashboard.of(programmeId);
        trendCohortId = null;
        trend = figures.trend();
    }

    /** The KPI trend of the whole programme, or of one cohort. */
    public void showTrend() {
        trend = trendCohortId == null ? figures.trend() : dashboard.cohortTrend(trendCohortId);
    }

    public Long getTrendCohortId() {
        return trendCohortId;
    }

    public void setTrendCohortId(Long trendCohortId) {
        this.trendCohortId = trendCohortId;
    }

    public List<ProgrammeDashboard.QuarterFigures> getTrend() {
        return trend;
    }

    public String siteName(Long siteId) {
        return sites.byId(siteId).map(Sites.SiteView::name).orElse("?");
    }

    public String getMilestonesChart() {
        JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder done = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder late = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder due = JsonP.PROVIDER.createArrayBuilder();
        for (ProgrammeDashboard.CohortFigures c : figures.cohorts()) {
            labels.add(c.cohortName());
            done.add(c.milestonesDone());
            late.add(c.milestonesLate());
            due.add(c.milestonesDue());
        }
        return Charts.stackedBars(labels, Charts.dataset(Charts.label("pdash.done"), done, Charts.GREEN),
                Charts.dataset(Charts.label("pdash.late"), late, Charts.RED), Charts.dataset(Charts.label("pdash.due"), due, Charts.GREY));
    }

    public String getTrendChart() {
        return trend(trend);
    }

    public String getNetworkChart() {
        return trend(networkTrend);
    }

    private static String trend(List<ProgrammeDashboard.QuarterFigures> quarters) {
        JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder revenue = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder funds = JsonP.PROVIDER.createArrayBuilder();
        for (ProgrammeDashboard.QuarterFigures q : quarters) {
            labels.add(q.quarter());
            revenue.add(q.revenue());
            funds.add(q.fundsRaised());
        }
        return Charts.lines(labels, Charts.dataset(Charts.label("startup.revenue"), revenue, Charts.BLUE),
                Charts.dataset(Charts.label("startup.funds"), funds, Charts.ORANGE));
    }

    public boolean isManager() {
        return !programmes.isEmpty();
    }

    public List<Cohorts.ProgrammeRef> getProgrammes() {
        return programmes;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public ProgrammeDashboard.Figures getFigures() {
        return figures;
    }

    public List<ProgrammeDashboard.SiteFigures> getNetwork() {
        return network;
    }

    public List<ProgrammeDashboard.QuarterFigures> getNetworkTrend() {
        return networkTrend;
    }
}
