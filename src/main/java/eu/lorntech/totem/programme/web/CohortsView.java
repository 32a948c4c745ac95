package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.coworking.boundary.TrainingBadges;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.ApplicationSummary;
import eu.lorntech.totem.programme.boundary.Cohorts;
import eu.lorntech.totem.programme.boundary.KpiReports;
import eu.lorntech.totem.programme.boundary.Mentoring;
import eu.lorntech.totem.programme.boundary.Milestones;
import eu.lorntech.totem.programme.entity.Quarter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A programme manager's cohorts: creating them, the milestone template, startups, mentors, milestones and hours, closing KPI quarters. */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cohorts cohorts;

    @Inject
    Milestones progress;

    @Inject
    Mentoring mentoring;

    @Inject
    KpiReports kpis;

    private Long programmeId;
    private Long cohortId;
    private List<Cohorts.ProgrammeRef> programmes = List.of();
    private List<Cohorts.CohortView> cohortList = List.of();
    private List<Milestones.TemplateView> template = List.of();
    private List<TrainingBadges.Machine> machines = List.of();
    private List<String> lockedQuarters = List.of();
    private List<Mentoring.Hours> hoursPerMentor = List.of();
    private Cohorts.CohortView cohort;
    private List<Cohorts.StartupView> startups = List.of();
    private List<ApplicationSummary> admissible = List.of();
    private List<Milestones.MilestoneView> milestones = List.of();
    private List<Mentoring.Hours> hoursPerStartup = List.of();

    private String newName;
    private LocalDate newStart;
    private LocalDate newEnd;
    private String stepTitle;
    private Integer stepWeeks;
    private Long stepBadge;
    private String startupName;
    private String founderEmail;
    private Long mentorStartup;
    private String mentorEmail;
    private Long admitApplication;
    private String lockQuarter = Quarter.toReportOn(Cohorts.today()).toString();
    private final List<String> closableQuarters = lastEightQuarters();

    /** Called by the view action, after the view parameters. */
    public void load() {
        programmes = cohorts.managedProgrammes();
        if (programmes.isEmpty()) {
            return;
        }
        if (programmeId == null || programmes.stream().noneMatch(p -> p.id().equals(programmeId))) {
            programmeId = programmes.get(0).id();
        }
        refresh();
    }

    public void refresh() {
        try {
            cohortList = cohorts.cohorts(programmeId);
            template = progress.templates(programmeId);
            machines = progress.machines(programmeId);
            lockedQuarters = kpis.lockedQuarters(programmeId);
            hoursPerMentor = mentoring.hoursPerMentor(programmeId);
            if (cohortId == null || cohortList.stream().noneMatch(c -> c.id().equals(cohortId))) {
                cohortId = cohortList.isEmpty() ? null : cohortList.get(0).id();
            }
            if (cohortId != null) {
                cohort = cohorts.cohort(cohortId);
                startups = cohorts.startups(cohortId);
                admissible = cohorts.admissible(cohortId);
                milestones = progress.cohortMilestones(cohortId);
                hoursPerStartup = mentoring.hoursPerStartup(cohortId);
                if (mentorStartup == null && !startups.isEmpty()) {
                    mentorStartup = startups.get(0).id();
                }
            } else {
                cohort = null;
                startups = List.of();
                admissible = List.of();
                milestones = List.of();
                hoursPerStartup = List.of();
            }
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void changeProgramme() {
        cohortId = null;
        mentorStartup = null;
        refresh();
    }

    public void openCohort(Long id) {
        cohortId = id;
        mentorStartup = null;
        refresh();
    }

    public void createCohort() {
        act(() -> {
            cohortId = cohorts.createCohort(programmeId, newName, newStart, newEnd);
            newName = null;
        }, "cohorts.created");
    }

    public void addStep() {
        act(() -> {
            progress.addTemplate(programmeId, stepTitle, stepWeeks == null ? -1 : stepWeeks, stepBadge);
            stepTitle = null;
            stepWeeks = null;
            stepBadge = null;
        }, "cohorts.stepAdded");
    }

    public void admit() {
        act(() -> cohorts.admit(admitApplication, cohortId), "cohorts.admitted");
    }

    public void addStartup() {
        act(() -> {
            cohorts.addStartup(cohortId, startupName, founderEmail);
            startupName = null;
            founderEmail = null;
        }, "cohorts.added");
    }

    public void assignMentor() {
        act(() -> {
            cohorts.assignMentor(mentorStartup, mentorEmail);
            mentorEmail = null;
        }, "cohorts.mentorAssigned");
    }

    public void reopen(Milestones.MilestoneView m) {
        act(() -> progress.reopen(m.id()), "cohorts.reopened");
    }

    public void lock() {
        act(() -> kpis.lock(programmeId, Quarter.parse(lockQuarter == null ? null : lockQuarter.strip())), "cohorts.locked");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
        } finally {
            refresh();
        }
    }

    /** The ended quarters a manager may close: the last eight. */
    public List<String> getClosableQuarters() {
        return closableQuarters;
    }

    private static List<String> lastEightQuarters() {
        List<String> out = new ArrayList<>();
        Quarter q = Quarter.toReportOn(Cohorts.today());
        for (int i = 0; i < 8; i++, q = q.previous()) {
            out.add(q.toString());
        }
        return out;
    }

    public String machineName(Long id) {
        return machines.stream().filter(m -> m.id().equals(id)).map(TrainingBadges.Machine::name).findFirst().orElse("");
    }

    public boolean isManager() {
        return !programmes.isEmpty();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public List<Cohorts.ProgrammeRef> getProgrammes() {
        return programmes;
    }

    public List<Cohorts.CohortView> getCohortList() {
        return cohortList;
    }

    public List<Milestones.TemplateView> getTemplate() {
        return template;
    }

    public List<TrainingBadges.Machine> getMachines() {
        return machines;
    }

    public List<String> getLockedQuarters() {
        return lockedQuarters;
    }

    public List<Mentoring.Hours> getHoursPerMentor() {
        return hoursPerMentor;
    }

    public Cohorts.CohortView getCohort() {
        return cohort;
    }

    public List<Cohorts.StartupView> getStartups() {
        return startups;
    }

    public List<ApplicationSummary> getAdmissible() {
        return admissible;
    }

    public List<Milestones.MilestoneView> getMilestones() {
        return milestones;
    }

    public List<Mentoring.Hours> getHoursPerStartup() {
        return hoursPerStartup;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public LocalDate getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDate newStart) {
        this.newStart = newStart;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public String getStepTitle() {
        return stepTitle;
    }

    public void setStepTitle(String stepTitle) {
        this.stepTitle = stepTitle;
    }

    public Integer getStepWeeks() {
        return stepWeeks;
    }

    public void setStepWeeks(Integer stepWeeks) {
        this.stepWeeks = stepWeeks;
    }

    public Long getStepBadge() {
        return stepBadge;
    }

    public void setStepBadge(Long stepBadge) {
        this.stepBadge = stepBadge;
    }

    public String getStartupName() {
        return startupName;
    }

    public void setStartupName(String startupName) {
        this.startupName = startupName;
    }

    public String getFounderEmail() {
        return founderEmail;
    }

    public void setFounderEmail(String founderEmail) {
        this.founderEmail = founderEmail;
    }

    public Long getMentorStartup() {
        return mentorStartup;
    }

    public void setMentorStartup(Long mentorStartup) {
        this.mentorStartup = mentorStartup;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public void setMentorEmail(String mentorEmail) {
        this.mentorEmail = mentorEmail;
    }

    public Long getAdmitApplication() {
        return admitApplication;
    }

    public void setAdmitApplication(Long admitApplication) {
        this.admitApplication = admitApplication;
    }

    public String getLockQuarter() {
        return lockQuarter;
    }

    public void setLockQuarter(String lockQuarter) {
        this.lockQuarter = lockQuarter;
    }
}
