package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.ApplicationSummary;
import eu.lorntech.totem.programme.boundary.Applications;
import eu.lorntech.totem.programme.boundary.CallForms;
import eu.lorntech.totem.programme.boundary.CallSummary;
import eu.lorntech.totem.programme.boundary.FormViews.AnswerView;
import eu.lorntech.totem.programme.boundary.FormViews.Answers;
import eu.lorntech.totem.programme.boundary.FormViews.QuestionView;
import eu.lorntech.totem.programme.boundary.FormViews.Upload;
import eu.lorntech.totem.programme.boundary.OpenCalls;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** A founder's application to a call: a draft kept until the deadline, then submitted. */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenCalls calls;

    @Inject
    Applications applications;

    @Inject
    CallForms forms;

    @Inject
    eu.lorntech.totem.identity.boundary.People people;

    private Long callId;
    private CallSummary call;
    private ApplicationSummary application;
    private String projectName;
    private String summary;
    private List<QuestionView> questions = List.of();
    private Map<Long, AnswerView> answered = new HashMap<>();
    private Map<Long, String> texts = new HashMap<>();
    private Map<Long, Object> ticked = new HashMap<>();
    private transient Map<Long, Part> files = new HashMap<>();
    private List<Applications.TeamView> team = List.of();
    private String memberEmail;

    public void load() {
        call = calls.one(callId);
        questions = forms.questions(callId);
        application = applications.mineFor(callId).orElse(null);
        if (application != null) {
            projectName = application.projectName();
            summary = application.summary();
            team = applications.team(application.id());
        }
        showAnswers();
    }

    /** Saves what is on the page: a draft until submitted, then the submitted application's changes (until the deadline). */
    public void save() {
        boolean wasSubmitted = isSubmitted();
        keep();
        FacesMessages.info(wasSubmitted ? "apply.changesSaved" : "apply.saved");
    }

    /** The lead founder names a co-founder by e-mail. */
    public void addMember() {
        team = applications.addTeamMember(application.id(), memberEmail);
        memberEmail = null;
        FacesMessages.info("team.added");
    }

    public void removeMember(Applications.TeamView member) {
        team = applications.removeTeamMember(application.id(), member.userId());
        FacesMessages.info("team.removed");
    }

    /** Whether the caller leads the team (only the lead changes it). */
    public boolean isLead() {
        return application != null && people.current().map(c -> c.id().equals(application.founderId())).orElse(false);
    }

    public List<Applications.TeamView> getTeam() {
        return team;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    /** Saves what is on the page, then submits it. */
    public void submit() {
        keep();
        application = applications.submit(application.id());
        FacesMessages.info("apply.submitted");
    }

    /** The draft, its answers and its decks go in one call: a refused file or answer saves nothing. */
    private void keep() {
        Map<Long, String> textAnswers = new HashMap<>();
        Map<Long, List<String>> tickedAnswers = new HashMap<>();
        List<Upload> uploads = new ArrayList<>();
        Map<Long, Part> sent = getFiles();
        files = new HashMap<>();
        for (QuestionView q : questions) {
            if ("PDF".equals(q.kind())) {
                Part f = sent.get(q.id());
                if (f != null && f.getSize() > 0) {
                    uploads.add(new Upload(q.id(), f.getSubmittedFileName(), read(f)));
                }
            } else if ("MULTIPLE_CHOICE".equals(q.kind())) {
                tickedAnswers.put(q.id(), asList(ticked.get(q.id())));
            } else {
                textAnswers.put(q.id(), texts.get(q.id()));
            }
        }
        application = forms.save(callId, application == null ? null : application.id(), projectName, summary,
                new Answers(textAnswers, tickedAnswers, uploads));
        showAnswers();
    }

    private void showAnswers() {
        answered = new HashMap<>();
        if (application == null) {
            return;
        }
        for (AnswerView a : forms.answers(application.id())) {
            answered.put(a.questionId(), a);
            if ("MULTIPLE_CHOICE".equals(a.kind())) {
                ticked.put(a.questionId(), a.text() == null ? new String[0] : a.text().split("\n"));
            } else if (!"PDF".equals(a.kind())) {
                texts.put(a.questionId(), a.text());
            }
        }
    }

    private static byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Faces gives ticked boxes bound to a map entry as an array. */
    private static List<String> asList(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }

    public Map<Long, AnswerView> getAnswered() {
        return answered;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public Map<Long, Object> getTicked() {
        return ticked;
    }

    public Map<Long, Part> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
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

    public CallSummary getCall() {
        return call;
    }

    public ApplicationSummary getApplication() {
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
