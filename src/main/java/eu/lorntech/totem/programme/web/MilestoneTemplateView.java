package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.coworking.boundary.TrainingBadges;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.Milestones;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A programme's milestone template: the steps every startup goes through, some asking for a machine badge; adding one. */
@Named
@ViewScoped
public class MilestoneTemplateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortDesk desk;

    @Inject
    Milestones progress;

    private List<Milestones.TemplateView> template = List.of();
    private List<TrainingBadges.Machine> machines = List.of();
    private Map<Long, String> machineNames = new HashMap<>();
    private String stepTitle;
    private Integer stepWeeks;
    private Long stepBadge;

    /** Called by the view action, after the view parameters. */
    public void load() {
        desk.load();
        if (desk.isManager()) {
            machines = progress.machines(desk.getProgrammeId());
            Map<Long, String> names = new HashMap<>();
            machines.forEach(m -> names.put(m.id(), m.name()));
            machineNames = names;
            refresh();
        }
    }

    private void refresh() {
        template = progress.templates(desk.getProgrammeId());
    }

    public void addStep() {
        progress.addTemplate(desk.getProgrammeId(), stepTitle, stepWeeks == null ? -1 : stepWeeks, stepBadge);
        FacesMessages.info("cohorts.stepAdded");
        stepTitle = null;
        stepWeeks = null;
        stepBadge = null;
        refresh();
    }

    public List<Milestones.TemplateView> getTemplate() {
        return template;
    }

    public List<TrainingBadges.Machine> getMachines() {
        return machines;
    }

    /** The machines' names by id, for the template's badge column. */
    public Map<Long, String> getMachineNames() {
        return machineNames;
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
}
