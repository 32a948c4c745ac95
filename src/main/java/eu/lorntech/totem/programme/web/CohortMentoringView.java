package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.Cohorts;
import eu.lorntech.totem.programme.boundary.Mentoring;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Mentoring in a cohort: who mentors which startup, assigning a mentor, the hours given per startup and per mentor. */
@Named
@ViewScoped
public class CohortMentoringView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortDesk desk;

    @Inject
    Cohorts cohorts;

    @Inject
    Mentoring mentoring;

    private List<Cohorts.StartupView> startups = List.of();
    private List<Mentoring.Hours> hoursPerStartup = List.of();
    private List<Mentoring.Hours> hoursPerMentor = List.of();
    private Long mentorStartup;
    private String mentorEmail;

    /** Called by the view action, after the view parameters. */
    public void load() {
        desk.load();
        if (desk.isManager()) {
            hoursPerMentor = mentoring.hoursPerMentor(desk.getProgrammeId());
        }
        if (desk.getCohortId() != null) {
            hoursPerStartup = mentoring.hoursPerStartup(desk.getCohortId());
            refresh();
            mentorStartup = startups.isEmpty() ? null : startups.get(0).id();
        }
    }

    private void refresh() {
        startups = cohorts.startups(desk.getCohortId());
    }

    public void assignMentor() {
        cohorts.assignMentor(mentorStartup, mentorEmail);
        FacesMessages.info("cohorts.mentorAssigned");
        mentorEmail = null;
        refresh();
    }

    public List<Cohorts.StartupView> getStartups() {
        return startups;
    }

    public List<Mentoring.Hours> getHoursPerStartup() {
        return hoursPerStartup;
    }

    public List<Mentoring.Hours> getHoursPerMentor() {
        return hoursPerMentor;
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
}
