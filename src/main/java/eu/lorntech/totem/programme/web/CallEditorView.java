package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.form.web.QuestionRow;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.Formats;
import eu.lorntech.totem.programme.boundary.CallForms;
import eu.lorntech.totem.programme.boundary.FormViews.CallDraft;
import eu.lorntech.totem.programme.boundary.FormViews.CriterionDraft;
import eu.lorntech.totem.programme.boundary.FormViews.ProgrammeRow;
import eu.lorntech.totem.programme.boundary.FormViews.QuestionDraft;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Opens a call of a programme: title, dates in Europe/Paris, anonymous review, weighted criteria and the form's questions. */
@Named
@ViewScoped
public class CallEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An editable criterion row. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer weight = 1;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    public static final List<String> KINDS = List.of("SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "NUMBER", "PDF");

    @Inject
    CallForms forms;

    private Long programmeId;
    private ProgrammeRow programme;
    private Long createdCallId;
    private String title;
    private String opensAt;
    private String closesAt;
    private boolean anonymous;
    private final List<CriterionRow> criteria = new ArrayList<>();
    private final List<QuestionRow> questions = new ArrayList<>();

    public void load() {
        programme = forms.programme(programmeId);
        LocalDateTime now = LocalDateTime.now(Formats.PARIS).truncatedTo(ChronoUnit.MINUTES);
        opensAt = now.toString();
        closesAt = now.toLocalDate().plusWeeks(6).atTime(12, 0).toString();
        if (criteria.isEmpty()) {
            criteria.add(new CriterionRow());
        }
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    public void addQuestion() {
        questions.add(new QuestionRow());
    }

    public void removeQuestion(QuestionRow row) {
        questions.remove(row);
    }

    public void open() {
        Instant opens = instant(opensAt, "editor:opens");
        Instant closes = instant(closesAt, "editor:closes");
        if (opens == null || closes == null) {
            return;
        }
        createdCallId = forms.openCall(programmeId, new CallDraft(title, opens, closes, anonymous,
                criteria.stream().map(c -> new CriterionDraft(c.getName(), c.getWeight())).toList(),
                questions.stream().map(q -> new QuestionDraft(q.getKind(), q.getLabel(), q.getChoices(), q.isRequired())).toList()));
        programme = forms.programme(programmeId);
        FacesMessages.info("editor.opened", title);
    }

    /** A date and time typed in Europe/Paris, as the instant it names. */
    private static Instant instant(String value, String clientId) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(Formats.PARIS).toInstant();
        } catch (DateTimeParseException e) {
            FacesMessages.errorOn(clientId, "editor.date.invalid");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public ProgrammeRow getProgramme() {
        return programme;
    }

    public Long getCreatedCallId() {
        return createdCallId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }
}
