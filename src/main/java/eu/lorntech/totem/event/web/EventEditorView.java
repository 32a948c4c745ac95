package eu.lorntech.totem.event.web;

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
import java.time.Instant;
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

    /** A question being written, appended to the form when saved. */
    public static class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind = "SHORT_TEXT";
        private String label;
        private String choices;
        private boolean required;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }

    @Inject
    Events events;

    private Long id;
    private Events.Editing editing;
    private List<Caller> candidates = List.of();
    private Long organiserId;
    private final List<QuestionRow> questions = new ArrayList<>();

    private EventKind kind;
    private String title;
    private String summary;
    private String venue;
    private String language;
    private String startsAt;
    private String endsAt;
    private String opensAt;
    private String closesAt;
    private Integer capacity;

    public void load() {
        try {
            reload();
            kind = EventKind.valueOf(editing.card().kind());
            title = editing.card().title();
            summary = editing.summary();
            venue = editing.card().venue();
            language = editing.language();
            startsAt = EventDates.field(editing.card().startsAt());
            endsAt = EventDates.field(editing.card().endsAt());
            opensAt = EventDates.field(editing.registrationOpens());
            closesAt = EventDates.field(editing.registrationCloses());
            capacity = editing.card().capacity();
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
        Instant starts = EventDates.parse(startsAt, "details:startsAt");
        Instant ends = EventDates.parse(endsAt, "details:endsAt");
        Instant opens = EventDates.parse(opensAt, "details:opensAt");
        Instant closes = EventDates.parse(closesAt, "details:closesAt");
        if (starts == null || ends == null || opens == null || closes == null) {
            return;
        }
        act(() -> events.describe(id, kind, new Event.Details(title, summary, venue, language, starts, ends, opens, closes,
                capacity == null ? 0 : capacity)), "organiser.saved");
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

    public void ask() {
        List<QuestionDraft> drafts = questions.stream().map(q -> new QuestionDraft(q.getKind(), q.getLabel(), q.getChoices(), q.isRequired()))
                .toList();
        if (act(() -> events.ask(id, drafts), "organiser.questionsSaved")) {
            questions.clear();
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

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
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

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
