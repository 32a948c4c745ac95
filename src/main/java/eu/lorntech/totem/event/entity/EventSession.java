package eu.lorntech.totem.event.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A slot of an event's agenda: a keynote, a round table, a break, a visit. A breakout workshop may
 * have a capacity of its own; its seats are counted under the database's CHECK (taken <= capacity).
 */
@Entity
@Table(name = "event_session")
@NamedQuery(name = EventSession.OF_EVENT, query = "select s from EventSession s where s.eventId = :event order by s.startsAt, s.id")
public class EventSession {
    public static final String OF_EVENT = "EventSession.ofEvent";
    public static final int MAX_SPEAKERS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    @Enumerated(EnumType.STRING)
    private SessionKind kind;

    private String title;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String room;
    private Integer capacity;
    private int taken;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Speaker> speakers = new ArrayList<>();

    protected EventSession() {
    }

    public EventSession(Event event, SessionKind kind, String title, Instant startsAt, Instant endsAt, String room, Integer capacity) {
        this.eventId = Objects.requireNonNull(event.getId());
        change(event, kind, title, startsAt, endsAt, room, capacity);
    }

    /** The session's details, within the event's own day(s); a capacity never below the seats taken. */
    public void change(Event event, SessionKind kind, String title, Instant startsAt, Instant endsAt, String room, Integer capacity) {
        if (kind == null) {
            throw Refusal.invalid("event.session.kind.required");
        }
        String t = title == null ? "" : title.trim();
        if (t.isEmpty() || t.length() > 200) {
            throw Refusal.invalid("event.session.title.required");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw Refusal.invalid("event.session.period.invalid");
        }
        if (startsAt.isBefore(event.getStartsAt()) || endsAt.isAfter(event.getEndsAt())) {
            throw Refusal.invalid("event.session.outsideEvent");
        }
        if (capacity != null && (capacity < 1 || capacity > event.getCapacity())) {
            throw Refusal.invalid("event.session.capacity.range", event.getCapacity());
        }
        if (capacity != null && capacity < taken) {
            throw Refusal.conflict("event.session.capacity.belowTaken", taken);
        }
        this.kind = kind;
        this.title = t;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room == null || room.isBlank() ? null : room.trim();
        this.capacity = capacity;
    }

    /** Adds a speaker at the end of the list. */
    public Speaker addSpeaker(SpeakerRole role, String name, String jobTitle, String organisation) {
        if (speakers.size() >= MAX_SPEAKERS) {
            throw Refusal.invalid("event.speaker.tooMany", MAX_SPEAKERS);
        }
        int position = speakers.stream().mapToInt(Speaker::getPosition).max().orElse(0) + 1;
        Speaker s = new Speaker(this, position, role, name, jobTitle, organisation);
        speakers.add(s);
        return s;
    }

    public void removeSpeaker(Long speakerId) {
        if (!speakers.removeIf(s -> s.getId() != null && s.getId().equals(speakerId))) {
            throw Refusal.notFound("event.speaker.notFound");
        }
    }

    /** One seat of this breakout session for a registrant (the caller holds the event's lock). */
    public void takeSeat() {
        if (capacity != null && taken >= capacity) {
            throw Refusal.conflict("event.session.full", title);
        }
        taken++;
    }

    public void giveSeatBack() {
        if (taken > 0) {
            taken--;
        }
    }

    public boolean hasOwnCapacity() {
        return capacity != null;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public SessionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getRoom() {
        return room;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public int getTaken() {
        return taken;
    }

    public List<Speaker> getSpeakers() {
        return List.copyOf(speakers);
    }
}
