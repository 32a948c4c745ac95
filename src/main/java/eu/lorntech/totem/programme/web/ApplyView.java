package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.ApplicationView;
import eu.lorntech.totem.programme.boundary.Applications;
import eu.lorntech.totem.programme.boundary.CallView;
import eu.lorntech.totem.programme.boundary.OpenCalls;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A founder's application to a call: a draft kept until the deadline, then submitted. */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenCalls calls;

    @Inject
    Applications applications;

    private Long callId;
    private CallView call;
    private ApplicationView application;
    private String projectName;
    private String summary;

    public void load() {
        try {
            call = calls.one(callId);
            application = applications.mineFor(callId).orElse(null);
            if (application != null) {
                projectName = application.projectName();
                summary = application.summary();
            }
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void save() {
        try {
            keep();
            FacesMessages.info("apply.saved");
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    /** Saves what is on the page, then submits it. */
    public void submit() {
        try {
            keep();
            application = applications.submit(application.id());
            FacesMessages.info("apply.submitted");
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    private void keep() {
        application = application == null ? applications.draft(callId, projectName, summary)
                : applications.edit(application.id(), summary);
    }

    public boolean isSubmitted() {
        return application != null && !"DRAFT".equals(application.status());
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public CallView getCall() {
        return call;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
