package eu.lorntech.totem.coworking.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A resource booked by a member for a time slot, with the rules of its life: cancel, check in, release. */
@Entity
@Table(name = "booking")
@Audited
@NamedQuery(name = Booking.LIVE_OVERLAPPING, query = "select b from Booking b where b.resource.id = :resourceId "
        + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED "
        + "and b.startsAt < :end and b.blockedUntil > :start and b.startsAt > :earliest order by b.startsAt")
@NamedQuery(name = Booking.OF_SITE_BETWEEN, query = "select b from Booking b join fetch b.resource r where r.siteId = :siteId "
        + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED "
        + "and b.startsAt < :end and b.endsAt > :start and b.startsAt > :earliest order by r.name, b.startsAt")
@NamedQuery(name = Booking.CREDIT_USED, query = "select coalesce(sum(b.creditMinutes), 0) from Booking b "
        + "where b.userId = :userId and b.resource.siteId = :siteId and b.startsAt >= :from and b.startsAt < :to")
@NamedQuery(name = Booking.OF_USER, query = "select b from Booking b join fetch b.resource where b.userId = :userId "
        + "and b.endsAt > :since order by b.startsAt")
@NamedQuery(name = Booking.COUNT_OF_USER, query = "select count(b) from Booking b where b.userId = :userId and b.endsAt > :since")
@NamedQuery(name = Booking.TO_RELEASE, query = "select b from Booking b join fetch b.resource r "
        + "where b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED and b.checkedInAt is null "
        + "and r.kind = eu.lorntech.totem.coworking.entity.ResourceKind.MEETING_ROOM and b.startsAt < :startedBefore "
        + "and b.endsAt > :now")
public class Booking {
    public static final String LIVE_OVERLAPPING = "Booking.liveOverlapping";
    public static final String OF_SITE_BETWEEN = "Booking.ofSiteBetween";
    public static final String CREDIT_USED = "Booking.creditUsed";
    public static final String OF_USER = "Booking.ofUser";
    public static final String COUNT_OF_USER = "Booking.countOfUser";
    public static final String TO_RELEASE = "Booking.toRelease";

    /**
     * No booking (buffer included) lasts longer: it lies within one day's opening hours. Queries by
     * period also bound the start from below with it, so they read an index range, never a resource's
     * whole history.
     */
    public static final Duration LONGEST = Duration.ofDays(1);

    /** Check-in opens this long before the start. */
    public static final Duration CHECK_IN_EARLY = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Resource resource;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Enumerated(EnumType.STRING)
    private BookingStatus status = BookingStatus.CONFIRMED;

    @Column(name = "credit_minutes")
    private int creditMinutes;

    @Column(name = "booked_by")
    private String bookedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Version
    private int version;

    protected Booking() {
    }

    public Booking(Resource resource, Long userId, TimeSlot slot, int creditMinutes, String bookedBy, Instant now) {
        this.resource = resource;
        this.userId = userId;
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.blockedUntil = slot.withBuffer(resource.buffer()).end();
        this.creditMinutes = creditMinutes;
        this.bookedBy = bookedBy;
        this.createdAt = now;
    }

    /** The quarter hours this booking claims, its buffer included (persist them after the booking). */
    public List<BookingSlot> claims() {
        return new TimeSlot(startsAt, blockedUntil).quarterHours().stream()
                .map(t -> new BookingSlot(resource.getId(), t, id)).toList();
    }

    public boolean isLive() {
        return status == BookingStatus.CONFIRMED;
    }

    /**
     * Cancels; credits come back when it is early enough ({@code inTime}). A started or finished
     * booking cannot be cancelled.
     */
    public void cancel(Instant now, boolean inTime, String reason) {
        if (!isLive()) {
            throw Refusal.conflict("booking.cancel.notLive");
        }
        if (!now.isBefore(startsAt)) {
            throw Refusal.conflict("booking.cancel.started");
        }
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
        if (inTime) {
            creditMinutes = 0;
        }
    }

    public void checkIn(Instant now) {
        if (!isLive() || now.isBefore(startsAt.minus(CHECK_IN_EARLY)) || !now.isBefore(endsAt)) {
            throw Refusal.conflict("booking.checkIn.notNow");
        }
        if (checkedInAt == null) {
            checkedInAt = now;
        }
    }

    /** A meeting room nobody checked in to: freed for others, recorded as released. */
    public void release(Instant now) {
        status = BookingStatus.RELEASED;
        cancelledAt = now;
        cancelReason = "released: no check-in";
    }

    public boolean isOwnedBy(Long someUserId) {
        return userId.equals(someUserId);
    }

    public TimeSlot slot() {
        return new TimeSlot(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public Resource getResource() {
        return resource;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public int getCreditMinutes() {
        return creditMinutes;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
