package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.Cohorts;
import eu.lorntech.totem.programme.boundary.Mentoring;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A mentor's startups and the sessions logged with them. */
@Named
@ViewScoped
public class MentoringView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Mentoring mentoring;

    private List<Cohorts.StartupView> mentees = List.of();
    private Long startupId;
    private List<Mentoring.SessionView> sessions = List.of();
    private LocalDate heldOn = Cohorts.today();
    private Integer minutes = 60;
    private String topics;
    private String nextSteps;

    @PostConstruct
    void init() {
        mentees = mentoring.myMentees();
        if (!mentees.isEmpty()) {
            startupId = mentees.get(0).id();
            refresh();
        }
    }

    public void refresh() {
        try {
            sessions = mentoring.sessions(startupId);
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void log() {
        try {
            mentoring.log(startupId, heldOn, minutes == null ? 0 : minutes, topics, nextSteps);
            topics = null;
            nextSteps = null;
            FacesMessages.info("mentoring.logged");
        } finally {
            refresh();
        }
    }

    public String startupName() {
        return mentees.stream().filter(s -> s.id().equals(startupId)).map(Cohorts.StartupView::name).findFirst().orElse("");
    }

    public List<Cohorts.StartupView> getMentees() {
        return mentees;
    }

    public Long getStartupId() {
        return startupId;
    }

    public void setStartupId(Long startupId) {
        this.startupId = startupId;
    }

    public List<Mentoring.SessionView> getSessions() {
        return sessions;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }
}
