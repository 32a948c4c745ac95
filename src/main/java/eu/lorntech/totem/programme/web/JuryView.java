package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.ApplicationSummary;
import eu.lorntech.totem.programme.boundary.Jury;
import eu.lorntech.totem.programme.boundary.OpenCalls;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A juror's desk: the applications assigned to them, a score per criterion, conflicts of interest. */
@Named
@ViewScoped
public class JuryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Jury jury;

    @Inject
    OpenCalls calls;

    private List<ApplicationSummary> assigned;
    private ApplicationSummary selected;
    private Long selectedAssignment;
    private List<eu.lorntech.totem.programme.boundary.FormViews.AnswerView> answers = List.of();
    private List<OpenCalls.CriterionView> criteria = List.of();
    private Map<Long, Object> points = new HashMap<>();
    private String remark;

    @PostConstruct
    void load() {
        assigned = jury.assignedToMe();
    }

    public void open(ApplicationSummary application) {
        selected = application;
        try {
            selectedAssignment = jury.myAssignments().stream().filter(j -> j.application().id().equals(application.id()))
                    .map(Jury.AssignmentView::id).findFirst().orElse(null);
            answers = selectedAssignment == null ? List.of() : jury.myAssignment(selectedAssignment).answers();
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
        criteria = calls.criteria(application.callId());
        points = new HashMap<>();
        criteria.forEach(c -> points.put(c.id(), 5));
    }

    public void score() {
        for (OpenCalls.CriterionView c : criteria) {
            // the page's number converter gives a Long; anything else is out of range
            Object value = points.get(c.id());
            jury.score(selected.id(), c.id(), value instanceof Number n ? n.intValue() : -1, remark);
        }
        FacesMessages.info("jury.scored");
    }

    public void declareConflict(ApplicationSummary application) {
        jury.declareConflict(application.id());
        selected = null;
        load();
        FacesMessages.info("jury.conflictSaved");
    }

    public Long getSelectedAssignment() {
        return selectedAssignment;
    }

    public List<eu.lorntech.totem.programme.boundary.FormViews.AnswerView> getAnswers() {
        return answers;
    }

    public List<ApplicationSummary> getAssigned() {
        return assigned;
    }

    public ApplicationSummary getSelected() {
        return selected;
    }

    public List<OpenCalls.CriterionView> getCriteria() {
        return criteria;
    }

    public Map<Long, Object> getPoints() {
        return points;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}
