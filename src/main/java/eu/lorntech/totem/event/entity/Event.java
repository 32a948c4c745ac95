package eu.lorntech.totem.event.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An event at a site, from a 10-seat workshop to a 2,000-guest seminar. It keeps its own counters
 * of confirmed seats and waiting people, changed only under a lock of its row (the boundary locks
 * it before any registration, cancellation or change of capacity), and the database refuses more
 * confirmed seats than the capacity (CHECK in V11_1).
 */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.CATALOGUE_COUNT, query = "select count(e) from Event e where e.status = eu.lorntech.totem.event.entity.EventStatus.PUBLISHED"
        + " and (:site is null or e.siteId = :site) and (:kind is null or e.kind = :kind) and e.endsAt > :from and e.startsAt < :to")
@NamedQuery(name = Event.CATALOGUE, query = "select e from Event e where e.status = eu.lorntech.totem.event.entity.EventStatus.PUBLISHED"
        + " and (:site is null or e.siteId = :site) and (:kind is null or e.kind = :kind) and e.endsAt > :from and e.startsAt < :to"
        + " order by e.startsAt, e.id")
@NamedQuery(name = Event.ORGANISED_BY, query = "select e from Event e where e.id in (select o.eventId from EventOrganiser o where o.userId = :user)"
        + " order by e.startsAt desc, e.id desc")
@NamedQuery(name = Event.OF_SITE, query = "select e from Event e where e.siteId = :site order by e.startsAt desc, e.id desc")
@NamedQuery(name = Event.TO_ARCHIVE, query = "select e from Event e where e.status = eu.lorntech.totem.event.entity.EventStatus.PUBLISHED and e.endsAt < :before")
@NamedQuery(name = Event.TO_ASK_FEEDBACK, query = "select e.id from Event e where e.status in (eu.lorntech.totem.event.entity.EventStatus.PUBLISHED,"
        + " eu.lorntech.totem.event.entity.EventStatus.ARCHIVED) and e.endsAt <= :now and e.endsAt > :since and e.feedbackInvitedAt is null")
@NamedQuery(name = Event.TAKE_SEATS, query = "update Event e set e.confirmed = e.confirmed + :people where e.id = :event"
        + " and e.status = eu.lorntech.totem.event.entity.EventStatus.PUBLISHED and e.waiting = 0 and e.confirmed + :people <= e.capacity")
public class Event {
    public static final String CATALOGUE = "Event.catalogue";
    public static final String CATALOGUE_COUNT = "Event.catalogueCount";
    public static final String ORGANISED_BY = "Event.organisedBy";
    public static final String OF_SITE = "Event.ofSite";
    public static final String TO_ARCHIVE = "Event.toArchive";
    public static final String TO_ASK_FEEDBACK = "Event.toAskFeedback";
    public static final String TAKE_SEATS = "Event.takeSeats";

    public static final int MAX_CAPACITY = 100_000;
    public static final int MAX_GROUP = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    private String title;
    private String summary;
    private String venue;
    private String language;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "registration_opens")
    private Instant registrationOpens;

    @Column(name = "registration_closes")
    private Instant registrationCloses;

    private int capacity;
    private int confirmed;
    private int waiting;

    @Column(name = "next_waitlist_no")
    private int nextWaitlistNo = 1;

    @Column(name = "form_id")
    private Long formId;

    @Column(name = "feedback_form_id")
    private Long feedbackFormId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "feedback_invited_at")
    private Instant feedbackInvitedAt;

    @Version
    private int version;

    protected Event() {
    }

    public Event(Long siteId, EventKind kind, Long createdBy, Instant now, Details details) {
        this.siteId = Objects.requireNonNull(siteId);
        this.kind = Objects.requireNonNull(kind);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.status = EventStatus.DRAFT;
        describe(details);
    }

    /** What an organiser writes of an event; checked as a whole, so that no half-valid event is kept. */
    public record Details(String title, String summary, String venue, String language, Instant startsAt, Instant endsAt,
            Instant registrationOpens, Instant registrationCloses, int capacity) {
    }

    /** Changes what the event says and when it happens; the capacity goes through {@link #changeCapacity}. */
    public void describe(Details d) {
        String t = d.title() == null ? "" : d.title().trim();
        if (t.isEmpty()) {
            throw Refusal.invalid("event.title.required");
        }
        if (t.length() > 200) {
            throw Refusal.invalid("event.title.tooLong", 200);
        }
        if (d.summary() != null && d.summary().length() > 4000) {
            throw Refusal.invalid("event.summary.tooLong", 4000);
        }
        if (d.startsAt() == null || d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
            throw Refusal.invalid("event.period.invalid");
        }
        if (d.registrationOpens() == null || d.registrationCloses() == null || !d.registrationCloses().isAfter(d.registrationOpens())) {
            throw Refusal.invalid("event.window.invalid");
        }
        if (d.registrationCloses().isAfter(d.endsAt())) {
            throw Refusal.invalid("event.window.afterEnd");
        }
        String lang = d.language() == null ? "fr" : d.language();
        if (!java.util.Set.of("fr", "en", "de").contains(lang)) {
            throw Refusal.invalid("event.language.invalid");
        }
        this.title = t;
        this.summary = blankToNull(d.summary());
        this.venue = blankToNull(d.venue());
        this.language = lang;
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.registrationOpens = d.registrationOpens();
        this.registrationCloses = d.registrationCloses();
        if (id == null) {
            checkCapacity(d.capacity());
            this.capacity = d.capacity();
        }
    }

    public void changeKind(EventKind newKind) {
        this.kind = Objects.requireNonNull(newKind);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void checkCapacity(int seats) {
        if (seats < 1 || seats > MAX_CAPACITY) {
            throw Refusal.invalid("event.capacity.range", MAX_CAPACITY);
        }
    }

    /**
     * A new capacity, never below the seats already confirmed (the caller holds the row lock; the
     * database's CHECK refuses it too). A higher capacity leaves seats for the waiting list, which the
     * boundary promotes at once.
     */
    public void changeCapacity(int seats) {
        checkCapacity(seats);
        if (seats < confirmed) {
            throw Refusal.conflict("event.capacity.belowConfirmed", confirmed);
        }
        this.capacity = seats;
    }

    public void publish() {
        if (status != EventStatus.DRAFT) {
            throw Refusal.conflict("event.publish.notDraft");
        }
        status = EventStatus.PUBLISHED;
    }

    public void cancel(Instant now) {
        if (status == EventStatus.CANCELLED || status == EventStatus.ARCHIVED) {
            throw Refusal.conflict("event.cancel.over");
        }
        status = EventStatus.CANCELLED;
        cancelledAt = now;
    }

    public void archive() {
        if (status != EventStatus.PUBLISHED) {
            throw Refusal.conflict("event.archive.notPublished");
        }
        status = EventStatus.ARCHIVED;
    }

    /** Why a registration cannot be made now, as a refusal, or nothing when it can. */
    public void requireOpenFor(Instant now, boolean byOrganiser) {
        if (status != EventStatus.PUBLISHED) {
            throw Refusal.conflict("event.registration.closed");
        }
        if (byOrganiser) {
            if (!now.isBefore(endsAt)) {
                throw Refusal.conflict("event.registration.over");
            }
            return;
        }
        if (now.isBefore(registrationOpens)) {
            throw Refusal.conflict("event.registration.notYetOpen", registrationOpens);
        }
        if (!now.isBefore(registrationCloses)) {
            throw Refusal.conflict("event.registration.closed");
        }
    }

    public boolean isOpenFor(Instant now) {
        return status == EventStatus.PUBLISHED && !now.isBefore(registrationOpens) && now.isBefore(registrationCloses);
    }

    /**
     * Places a group of {@code people} registering together: all confirmed when the seats are there
     * and nobody waits before them, else all on the waiting list behind those already waiting (a group
     * stays together, arrival order is kept). Returns the first waiting-list number, or 0 when confirmed.
     */
    public int place(int people) {
        if (people < 1 || people > MAX_GROUP) {
            throw Refusal.invalid("event.group.size", MAX_GROUP);
        }
        if (waiting == 0 && capacity - confirmed >= people) {
            confirmed += people;
            return 0;
        }
        int first = nextWaitlistNo;
        nextWaitlistNo += people;
        waiting += people;
        return first;
    }

    /** A confirmed seat is given back. */
    public void release() {
        confirmed--;
    }

    /** Someone leaves the waiting list without a seat. */
    public void leaveWaitingList() {
        waiting--;
    }

    /** {@code people} waiting get a seat each (the boundary chose them in order). */
    public void promote(int people) {
        confirmed += people;
        waiting -= people;
    }

    /** Whether people on the waiting list may still be promoted: not once the event has started. */
    public boolean promotesAt(Instant now) {
        return status == EventStatus.PUBLISHED && now.isBefore(startsAt);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }

    /** The attendees are asked for their feedback once; false when they already were. */
    public boolean markFeedbackAsked(Instant now) {
        if (feedbackInvitedAt != null) {
            return false;
        }
        feedbackInvitedAt = now;
        return true;
    }

    public void useForms(Long registrationFormId, Long feedbackFormId) {
        this.formId = registrationFormId;
        this.feedbackFormId = feedbackFormId;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public EventKind getKind() {
        return kind;
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getVenue() {
        return venue;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getConfirmed() {
        return confirmed;
    }

    public int getWaiting() {
        return waiting;
    }

    public Long getFormId() {
        return formId;
    }

    public Long getFeedbackFormId() {
        return feedbackFormId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
