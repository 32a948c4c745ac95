package eu.lorntech.totem.event.web;

import eu.lorntech.totem.form.web.QuestionRow;

import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.form.control.FormAnswers.QuestionDraft;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An event's details as its organisers edit them, its life (publish, cancel, archive), its
 * co-organisers and its registration questions. The agenda has a view of its own ({@link AgendaView}).
 */
@Named
@ViewScoped
public class EventEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The question kinds a registration form asks (no file upload on a public form). */
    public static final List<String> QUESTION_KINDS = List.of("SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "NUMBER");

    @Inject
    Events events;

    private Long id;
    private Events.Editing editing;
    private List<Caller> candidates = List.of();
    private Long organiserId;
    private final List<QuestionRow> questions = new ArrayList<>();

    private final EventDetailsForm form = new EventDetailsForm();

    public void load() {
        try {
            reload();
            form.setKind(EventKind.valueOf(editing.card().kind()));
            form.setTitle(editing.card().title());
            form.setSummary(editing.summary());
            form.setVenue(editing.card().venue());
            form.setLanguage(editing.language());
            form.setStartsAt(EventDates.field(editing.card().startsAt()));
            form.setEndsAt(EventDates.field(editing.card().endsAt()));
            form.setOpensAt(EventDates.field(editing.registrationOpens()));
            form.setClosesAt(EventDates.field(editing.registrationCloses()));
            form.setCapacity(editing.card().capacity());
            editQuestions();
        } catch (RuntimeException e) {
            editing = null;
            FacesMessages.show(e);
        }
    }

    private void reload() {
        editing = events.editing(id);
        List<Long> already = editing.organisers().stream().map(Caller::id).toList();
        candidates = events.possibleOrganisers(id).stream().filter(c -> !already.contains(c.id())).toList();
        organiserId = candidates.isEmpty() ? null : candidates.get(0).id();
    }

    public void save() {
        Event.Details details = form.details("details");
        if (details == null) {
            return;
        }
        act(() -> events.describe(id, form.getKind(), details), "organiser.saved");
    }

    public void publish() {
        act(() -> events.publish(id), "organiser.published");
    }

    public void cancel() {
        try {
            int mailed = events.cancel(id);
            reload();
            FacesMessages.info("organiser.cancelled", mailed);
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void archive() {
        act(() -> events.archive(id), "organiser.archived");
    }

    public void addOrganiser() {
        Long who = organiserId;
        act(() -> events.addOrganiser(id, who), "organiser.organiserAdded");
    }

    public void removeOrganiser(Caller who) {
        act(() -> events.removeOrganiser(id, who.id()), "organiser.organiserRemoved");
    }

    public void addQuestion() {
        questions.add(new QuestionRow());
    }

    public void removeQuestion(QuestionRow row) {
        questions.remove(row);
    }

    /** Saves the rows as the registration form's questions: edited, removed and added ones alike. */
    public void ask() {
        List<QuestionDraft> drafts = questions.stream().map(QuestionRow::draft).toList();
        if (act(() -> events.setQuestions(id, drafts), "organiser.questionsSaved")) {
            editQuestions();
        }
    }

    /** The questions asked today as editable rows (none once people have registered: the form is then fixed). */
    private void editQuestions() {
        questions.clear();
        if (editing.registrations() == 0) {
            editing.questions().forEach(q -> questions.add(new QuestionRow(q.kind(), q.label(), q.choices() == null ? null : String.join("\n", q.choices()), q.required())));
        }
    }

    private boolean act(Runnable action, String done) {
        try {
            action.run();
            reload();
            FacesMessages.info(done);
            return true;
        } catch (RuntimeException e) {
            FacesMessages.show(e);
            return false;
        }
    }

    public boolean isDraft() {
        return editing != null && "DRAFT".equals(editing.card().status());
    }

    public boolean isPublished() {
        return editing != null && "PUBLISHED".equals(editing.card().status());
    }

    public boolean isCancellable() {
        return isDraft() || isPublished();
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public List<String> getQuestionKinds() {
        return QUESTION_KINDS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Events.Editing getEditing() {
        return editing;
    }

    public List<Caller> getCandidates() {
        return candidates;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public void setOrganiserId(Long organiserId) {
        this.organiserId = organiserId;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public EventDetailsForm getForm() {
        return form;
    }
}
