package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.CallSummary;
import eu.lorntech.totem.programme.boundary.JuryPlanning;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Names the jurors of a call: one by hand, one juror for many applications, or evenly spread by the system. */
@Named
@ViewScoped
public class AssignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JuryPlanning planning;

    private Long callId;
    private CallSummary call;
    private List<JuryPlanning.Juror> jurors = List.of();
    private List<JuryPlanning.Row> rows = List.of();
    private Long oneApplication;
    private Long oneJuror;
    private List<Long> manyApplications = new ArrayList<>();
    private Long manyJuror;
    private List<Long> evenJurors = new ArrayList<>();
    private Integer perApplication = 2;

    public void load() {
        call = planning.call(callId);
        jurors = planning.jurors(callId);
        refresh();
    }

    private void refresh() {
        rows = planning.board(callId);
    }

    public void assignOne() {
        planning.assign(oneApplication, oneJuror);
        refresh();
        FacesMessages.info("assign.done", 1);
    }

    public void unassignOne() {
        planning.unassign(oneApplication, oneJuror);
        refresh();
        FacesMessages.info("assign.removed");
    }

    public void assignMany() {
        int n = planning.assignMany(callId, manyApplications, manyJuror);
        manyApplications = new ArrayList<>();
        refresh();
        FacesMessages.info("assign.done", n);
    }

    public void assignEvenly() {
        int n = planning.assignEvenly(callId, evenJurors, perApplication == null ? 0 : perApplication);
        refresh();
        FacesMessages.info("assign.done", n);
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public CallSummary getCall() {
        return call;
    }

    public List<JuryPlanning.Juror> getJurors() {
        return jurors;
    }

    public List<JuryPlanning.Row> getRows() {
        return rows;
    }

    public Long getOneApplication() {
        return oneApplication;
    }

    public void setOneApplication(Long oneApplication) {
        this.oneApplication = oneApplication;
    }

    public Long getOneJuror() {
        return oneJuror;
    }

    public void setOneJuror(Long oneJuror) {
        this.oneJuror = oneJuror;
    }

    public List<Long> getManyApplications() {
        return manyApplications;
    }

    public void setManyApplications(List<Long> manyApplications) {
        this.manyApplications = manyApplications;
    }

    public Long getManyJuror() {
        return manyJuror;
    }

    public void setManyJuror(Long manyJuror) {
        this.manyJuror = manyJuror;
    }

    public List<Long> getEvenJurors() {
        return evenJurors;
    }

    public void setEvenJurors(List<Long> evenJurors) {
        this.evenJurors = evenJurors;
    }

    public Integer getPerApplication() {
        return perApplication;
    }

    public void setPerApplication(Integer perApplication) {
        this.perApplication = perApplication;
    }
}
