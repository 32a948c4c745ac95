package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.Milestones;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Following a cohort's milestones: which are late, done (with their evidence), reopening one done too soon. */
@Named
@ViewScoped
public class CohortMilestonesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortDesk desk;

    @Inject
    Milestones progress;

    private List<Milestones.MilestoneView> milestones = List.of();

    /** Called by the view action, after the view parameters. */
    public void load() {
        desk.load();
        refresh();
    }

    private void refresh() {
        if (desk.getCohortId() != null) {
            milestones = progress.cohortMilestones(desk.getCohortId());
        }
    }

    public void reopen(Milestones.MilestoneView m) {
        progress.reopen(m.id());
        FacesMessages.info("cohorts.reopened");
        refresh();
    }

    public List<Milestones.MilestoneView> getMilestones() {
        return milestones;
    }
}
