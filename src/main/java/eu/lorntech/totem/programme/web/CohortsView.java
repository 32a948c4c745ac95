package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.Cohorts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A programme's cohorts: the list (from {@link CohortDesk}) and creating one. The other cohort pages,
 * one per use case, have their own beans: startups, mentoring, milestones, the milestone template, KPI quarters.
 */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortDesk desk;

    @Inject
    Cohorts cohorts;

    private String newName;
    private LocalDate newStart;
    private LocalDate newEnd;

    /** Called by the view action, after the view parameters. */
    public void load() {
        desk.load();
    }

    /** Creates the cohort and makes it the one the other tabs open. */
    public void createCohort() {
        Long created = cohorts.createCohort(desk.getProgrammeId(), newName, newStart, newEnd);
        FacesMessages.info("cohorts.created");
        newName = null;
        newStart = null;
        newEnd = null;
        desk.open(created);
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
}
