package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.Cohorts;
import eu.lorntech.totem.programme.boundary.KpiReports;
import eu.lorntech.totem.programme.boundary.Mentoring;
import eu.lorntech.totem.programme.boundary.Milestones;
import eu.lorntech.totem.programme.entity.KpiReport;
import eu.lorntech.totem.programme.entity.Quarter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A founder's startup: milestones to complete with evidence, the quarterly KPI report and its history, mentoring sessions. */
@Named
@ViewScoped
public class MyStartupView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_READ = 10L * 1024 * 1024 + 1;

    @Inject
    Cohorts cohorts;

    @Inject
    Milestones progress;

    @Inject
    KpiReports kpis;

    @Inject
    Mentoring mentoring;

    private List<Cohorts.StartupView> startups = List.of();
    private Long startupId;
    private Cohorts.StartupView startup;
    private List<Milestones.MilestoneView> milestones = List.of();
    private List<KpiReports.KpiView> history = List.of();
    private List<Mentoring.SessionView> sessions = List.of();

    private Long milestoneId;
    private LocalDate doneOn = Cohorts.today();
    private String note;
    private transient Part evidence;

    private String quarter = Quarter.toReportOn(Cohorts.today()).toString();
    private BigDecimal revenue;
    private Integer jobs;
    private BigDecimal fundsRaised;
    private Integer customers;

    @PostConstruct
    void init() {
        startups = cohorts.myStartups();
        if (!startups.isEmpty()) {
            startupId = startups.get(0).id();
            refresh();
            fillQuarter();
        }
    }

    public void refresh() {
        try {
            startup = cohorts.startup(startupId);
            milestones = progress.milestones(startupId);
            history = kpis.history(startupId);
            sessions = mentoring.sessions(startupId);
            if (milestoneId == null || milestones.stream().noneMatch(m -> m.id().equals(milestoneId) && m.doneOn() == null)) {
                milestoneId = milestones.stream().filter(m -> m.doneOn() == null).map(Milestones.MilestoneView::id).findFirst().orElse(null);
            }
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void changeStartup() {
        milestoneId = null;
        refresh();
        fillQuarter();
    }

    /** Puts the figures already reported for the chosen quarter in the form, to correct them. */
    public void fillQuarter() {
        KpiReports.KpiView k = history.stream().filter(h -> h.quarter().equals(quarter)).findFirst().orElse(null);
        revenue = k == null ? null : k.revenue();
        jobs = k == null ? null : k.jobs();
        fundsRaised = k == null ? null : k.fundsRaised();
        customers = k == null ? null : k.customers();
    }

    public void complete() {
        try {
            Milestones.Upload upload = null;
            if (evidence != null && evidence.getSize() > 0) {
                if (evidence.getSize() > MAX_READ - 1) {
                    throw eu.lorntech.totem.platform.Refusal.invalid("evidence.tooLarge");
                }
                try (InputStream in = evidence.getInputStream()) {
                    upload = new Milestones.Upload(evidence.getSubmittedFileName(), evidence.getContentType(), in.readNBytes((int) MAX_READ));
                }
            }
            progress.complete(milestoneId, doneOn, note, upload);
            note = null;
            evidence = null;
            milestoneId = null;
            FacesMessages.info("startup.completed");
        } catch (IOException e) {
            FacesMessages.error("evidence.empty");
        } finally {
            refresh();
        }
    }

    public void report() {
        try {
            KpiReport.Figures figures = new KpiReport.Figures(revenue, jobs == null ? -1 : jobs, fundsRaised, customers == null ? -1 : customers);
            kpis.report(startupId, Quarter.parse(quarter), figures);
            FacesMessages.info("startup.reported");
        } finally {
            refresh();
        }
    }

    /** The quarters a founder may report: from the cohort's start to the last ended one, the latest first. */
    public List<String> getQuarters() {
        List<String> out = new ArrayList<>();
        if (startups.isEmpty()) {
            return out;
        }
        Quarter q = Quarter.toReportOn(Cohorts.today());
        for (int i = 0; i < 8; i++, q = q.previous()) {
            out.add(q.toString());
        }
        return out;
    }

    /** Chart.js line chart of revenue and funds raised per quarter (the history table holds the same figures). */
    public String getChart() {
        JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder revenues = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder funds = JsonP.PROVIDER.createArrayBuilder();
        for (int i = history.size() - 1; i >= 0; i--) {
            KpiReports.KpiView k = history.get(i);
            labels.add(k.quarter());
            revenues.add(k.revenue());
            funds.add(k.fundsRaised());
        }
        return Charts.lines(labels, Charts.dataset(Charts.label("startup.revenue"), revenues, Charts.BLUE),
                Charts.dataset(Charts.label("startup.funds"), funds, Charts.ORANGE));
    }

    public List<Cohorts.StartupView> getStartups() {
        return startups;
    }

    public Long getStartupId() {
        return startupId;
    }

    public void setStartupId(Long startupId) {
        this.startupId = startupId;
    }

    public Cohorts.StartupView getStartup() {
        return startup;
    }

    public List<Milestones.MilestoneView> getMilestones() {
        return milestones;
    }

    public List<Milestones.MilestoneView> getOpenMilestones() {
        return milestones.stream().filter(m -> m.doneOn() == null).toList();
    }

    public List<KpiReports.KpiView> getHistory() {
        return history;
    }

    public List<Mentoring.SessionView> getSessions() {
        return sessions;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public void setRevenue(BigDecimal revenue) {
        this.revenue = revenue;
    }

    public Integer getJobs() {
        return jobs;
    }

    public void setJobs(Integer jobs) {
        this.jobs = jobs;
    }

    public BigDecimal getFundsRaised() {
        return fundsRaised;
    }

    public void setFundsRaised(BigDecimal fundsRaised) {
        this.fundsRaised = fundsRaised;
    }

    public Integer getCustomers() {
        return customers;
    }

    public void setCustomers(Integer customers) {
        this.customers = customers;
    }
}
