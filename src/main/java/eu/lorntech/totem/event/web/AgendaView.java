package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.EventCatalogue.AgendaItem;
import eu.lorntech.totem.event.boundary.EventCatalogue.SpeakerItem;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.entity.SessionKind;
import eu.lorntech.totem.event.entity.SpeakerRole;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An event's agenda as its organisers build it: sessions with their times, room and optional capacity, and their speakers. */
@Named
@ViewScoped
public class AgendaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    private Long id;
    private Instant eventStarts;
    private List<AgendaItem> agenda = List.of();

    /** The session whose form is open for changes; null when the form adds one. */
    private Long sessionId;
    private SessionKind kind;
    private String title;
    private String startsAt;
    private String endsAt;
    private String room;
    private Integer capacity;

    private Long speakerSessionId;
    private SpeakerRole role = SpeakerRole.SPEAKER;
    private String speakerName;
    private String jobTitle;
    private String organisation;

    /** Starts from the event as the editor loaded it; nothing when the editor was refused it. */
    public void load(Events.Editing editing) {
        if (editing == null) {
            return;
        }
        id = editing.card().id();
        eventStarts = editing.card().startsAt();
        agenda = editing.agenda();
        speakerSessionId = agenda.isEmpty() ? null : agenda.get(agenda.size() - 1).id();
        newSession();
    }

    private void reload() {
        agenda = events.editing(id).agenda();
        if (speakerSessionId == null || agenda.stream().noneMatch(s -> s.id().equals(speakerSessionId))) {
            speakerSessionId = agenda.isEmpty() ? null : agenda.get(agenda.size() - 1).id();
        }
    }

    /** A blank session form, starting where the agenda ends (or when the event starts). */
    public void newSession() {
        Instant start = agenda.isEmpty() ? eventStarts : agenda.stream().map(AgendaItem::endsAt).max(Instant::compareTo).orElse(eventStarts);
        sessionId = null;
        kind = SessionKind.PRESENTATION;
        title = null;
        startsAt = EventDates.field(start);
        endsAt = EventDates.field(start.plus(1, ChronoUnit.HOURS));
        room = null;
        capacity = null;
    }

    /** Opens the session form on a session's current values. */
    public void edit(AgendaItem s) {
        sessionId = s.id();
        kind = SessionKind.valueOf(s.kind());
        title = s.title();
        startsAt = EventDates.field(s.startsAt());
        endsAt = EventDates.field(s.endsAt());
        room = s.room();
        capacity = s.capacity();
    }

    public void saveSession() {
        Instant starts = EventDates.parse(startsAt, "session:startsAt");
        Instant ends = EventDates.parse(endsAt, "session:endsAt");
        if (starts == null || ends == null) {
            return;
        }
        Events.SessionDraft draft = new Events.SessionDraft(kind, title, starts, ends, room, capacity);
        try {
            if (sessionId == null) {
                speakerSessionId = events.addSession(id, draft);
                FacesMessages.info("organiser.session.added", title);
            } else {
                events.changeSession(sessionId, draft);
                FacesMessages.info("organiser.session.changed", title);
            }
            reload();
            newSession();
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void removeSession(AgendaItem s) {
        try {
            events.removeSession(s.id());
            reload();
            if (s.id().equals(sessionId)) {
                newSession();
            }
            FacesMessages.info("organiser.session.removed", s.title());
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void addSpeaker() {
        try {
            events.addSpeaker(speakerSessionId, role, speakerName, jobTitle, organisation);
            reload();
            FacesMessages.info("organiser.speaker.added", speakerName);
            speakerName = null;
            jobTitle = null;
            organisation = null;
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void removeSpeaker(AgendaItem s, SpeakerItem p) {
        try {
            events.removeSpeaker(s.id(), p.id());
            reload();
            FacesMessages.info("organiser.speaker.removed", p.name());
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public List<SessionKind> getKinds() {
        return List.of(SessionKind.values());
    }

    public List<SpeakerRole> getRoles() {
        return List.of(SpeakerRole.values());
    }

    public Long getId() {
        return id;
    }

    public List<AgendaItem> getAgenda() {
        return agenda;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getSpeakerSessionId() {
        return speakerSessionId;
    }

    public void setSpeakerSessionId(Long speakerSessionId) {
        this.speakerSessionId = speakerSessionId;
    }

    public SpeakerRole getRole() {
        return role;
    }

    public void setRole(SpeakerRole role) {
        this.role = role;
    }

    public String getSpeakerName() {
        return speakerName;
    }

    public void setSpeakerName(String speakerName) {
        this.speakerName = speakerName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
