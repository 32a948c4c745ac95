package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.control.BookingMails;
import eu.lorntech.totem.coworking.control.Clashes;
import eu.lorntech.totem.coworking.control.SiteCalendars;
import eu.lorntech.totem.coworking.entity.Badge;
import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.coworking.entity.SiteCalendar;
import eu.lorntech.totem.coworking.entity.Subscription;
import eu.lorntech.totem.coworking.entity.TimeSlot;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Booking desks, rooms and machines. No two live bookings of a resource overlap: the quarter-hour
 * claims' primary key refuses any overlap, whatever the number of requests or servers. A single
 * booking relies on that key alone (and names the clash afterwards); recurring bookings and
 * bookings on behalf lock the resource row first, so that every occurrence can be checked and the
 * conflicting dates listed without spoiling the transaction.
 */
@Stateless
public class Bookings {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    SiteCalendars calendars;

    @Inject
    MailOutbox mail;

    @Inject
    Clashes clashes;

    @Inject
    BookingMails confirmations;

    @jakarta.annotation.Resource
    SessionContext context;

    /** One occurrence of a recurring booking that could not be placed, and why. */
    public record Conflict(LocalDate day, String messageKey) implements java.io.Serializable {
    }

    /** The caller books for themselves. */
    @PermitAll
    public BookingSummary book(Long resourceId, Instant start, Instant end) {
        Caller me = people.requireCurrent();
        Booking booking = place(resource(resourceId, LockModeType.NONE), me.id(), slotOf(start, end), me.email(), false);
        confirmations.confirmed(me, List.of(booking));
        return BookingSummary.of(booking);
    }

    /** A space manager books on behalf of a member, optionally without spending credits (audited). */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public BookingSummary bookFor(String memberEmail, Long resourceId, Instant start, Instant end, boolean overrideCredits) {
        Resource resource = resource(resourceId, LockModeType.PESSIMISTIC_WRITE);
        requireManager(resource.getSiteId());
        Caller member = people.byEmail(memberEmail).orElseThrow(() -> Refusal.notFound("booking.member.notFound", memberEmail));
        Booking booking = place(resource, member.id(), slotOf(start, end), people.requireCurrent().email(), overrideCredits);
        confirmations.confirmed(member, List.of(booking));
        return BookingSummary.of(booking);
    }

    /**
     * Weekly or daily occurrences until a date: all placed, or none, with the list of the dates
     * that conflict.
     */
    @PermitAll
    public List<BookingSummary> bookRecurring(Long resourceId, Instant start, Instant end, boolean weekly, LocalDate until) {
        Caller me = people.requireCurrent();
        Resource resource = resource(resourceId, LockModeType.PESSIMISTIC_WRITE);
        ZoneId zone = calendars.zone(resource.getSiteId());
        ZonedDateTime first = start.atZone(zone);
        ZonedDateTime firstEnd = end.atZone(zone);
        if (until == null || until.isBefore(first.toLocalDate()) || until.isAfter(first.toLocalDate().plusYears(1))) {
            throw Refusal.invalid("booking.recurring.until");
        }
        List<Booking> placed = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; !first.plus(i, weekly ? ChronoUnit.WEEKS : ChronoUnit.DAYS).toLocalDate().isAfter(until); i++) {
            ZonedDateTime s = first.plus(i, weekly ? ChronoUnit.WEEKS : ChronoUnit.DAYS);
            ZonedDateTime e = firstEnd.plus(i, weekly ? ChronoUnit.WEEKS : ChronoUnit.DAYS);
            try {
                placed.add(place(resource, me.id(), slotOf(s.toInstant(), e.toInstant()), me.email(), false));
            } catch (Refusal r) {
                if (context.getRollbackOnly()) {
                    // the claims' key refused an occurrence that raced past the lock (a single booking
                    // takes no lock): the transaction is spoiled, the whole series is refused now
                    throw r;
                }
                conflicts.add(new Conflict(s.toLocalDate(), r.getMessageKey()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new RecurringRefusal(conflicts);
        }
        confirmations.confirmed(me, placed);
        return placed.stream().map(BookingSummary::of).toList();
    }

    /** Cancels: the owner before the start, or a space manager of the site with a reason (the member is told by mail). */
    @PermitAll
    public BookingSummary cancel(Long bookingId, String reason) {
        Booking booking = bookingId == null ? null : em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
        Caller me = people.requireCurrent();
        if (booking == null) {
            throw Refusal.notFound("booking.notFound");
        }
        boolean owner = booking.isOwnedBy(me.id());
        boolean manager = !owner && people.callerHolds(Roles.SPACE_MANAGER, booking.getResource().getSiteId());
        if (!owner && !manager) {
            throw Refusal.notFound("booking.notFound");
        }
        if (manager && (reason == null || reason.isBlank())) {
            throw Refusal.invalid("booking.cancel.reasonRequired");
        }
        Instant now = Instant.now();
        LocalDate day = booking.getStartsAt().atZone(calendars.zone(booking.getResource().getSiteId())).toLocalDate();
        SiteCalendar calendar = calendars.of(booking.getResource().getSiteId(), day, day);
        booking.cancel(now, manager || calendar.inTimeToCancel(booking.getStartsAt(), now), reason == null ? null : reason.strip());
        freeSlots(booking);
        if (manager) {
            people.byId(booking.getUserId()).ifPresent(member -> {
                Locale l = Locale.forLanguageTag(member.language());
                mail.queue(member.email(), Texts.get(l, "mail.bookingCancelled.subject"),
                        Texts.get(l, "mail.bookingCancelled.body", member.displayName(), booking.getResource().getName(),
                                java.time.LocalDateTime.ofInstant(booking.getStartsAt(), calendars.zone(booking.getResource().getSiteId())),
                                reason.strip()));
            });
        }
        return BookingSummary.of(booking);
    }

    /** The member checks in (from 15 minutes before the start), or a space manager at reception. */
    @PermitAll
    public BookingSummary checkIn(Long bookingId) {
        Booking booking = bookingId == null ? null : em.find(Booking.class, bookingId);
        Caller me = people.requireCurrent();
        if (booking == null || !booking.isOwnedBy(me.id()) && !people.callerHolds(Roles.SPACE_MANAGER, booking.getResource().getSiteId())) {
            throw Refusal.notFound("booking.notFound");
        }
        booking.checkIn(Instant.now());
        return BookingSummary.of(booking);
    }

    /** The caller's bookings that end after {@code since}, soonest first. */
    @PermitAll
    public Page<BookingSummary> mine(Instant since, PageRequest page) {
        Caller me = people.requireCurrent();
        long total = em.createNamedQuery(Booking.COUNT_OF_USER, Long.class).setParameter("userId", me.id())
                .setParameter("since", since).getSingleResult();
        List<BookingSummary> rows = em.createNamedQuery(Booking.OF_USER, Booking.class).setParameter("userId", me.id())
                .setParameter("since", since).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultStream().map(BookingSummary::of).toList();
        return new Page<>(rows, total);
    }

    @PermitAll
    public BookingSummary find(Long bookingId) {
        Booking booking = bookingId == null ? null : em.find(Booking.class, bookingId);
        Caller me = people.requireCurrent();
        if (booking == null || !booking.isOwnedBy(me.id()) && !people.callerHolds(Roles.SPACE_MANAGER, booking.getResource().getSiteId())) {
            throw Refusal.notFound("booking.notFound");
        }
        return BookingSummary.of(booking);
    }

    /** Credits left this month at a site, in minutes; empty when the plan is unlimited or there is none. */
    @PermitAll
    public Optional<Long> creditsLeft(Long siteId) {
        return creditsLeft(siteId, Instant.now().atZone(calendars.zone(siteId)).toLocalDate());
    }

    /** The caller's minutes left in the month of {@code day} (its first day's plan), or empty when unlimited. */
    @PermitAll
    public Optional<Long> creditsLeft(Long siteId, LocalDate day) {
        Caller me = people.requireCurrent();
        return activeSubscription(me.id(), siteId, day, false)
                .filter(s -> !s.getPlan().isUnlimited())
                .map(s -> s.getPlan().monthlyMinutes() - creditUsed(me.id(), siteId, day));
    }

    private Booking place(Resource resource, Long userId, TimeSlot slot, String bookedBy, boolean overrideCredits) {
        Instant now = Instant.now();
        ZoneId zone = calendars.zone(resource.getSiteId());
        LocalDate day = slot.start().atZone(zone).toLocalDate();
        calendars.of(resource.getSiteId(), day, day).check(resource, slot, now).ifPresent(p -> {
            throw Refusal.invalid(p.key(), p.args());
        });
        if (resource.isRequiresBadge() && em.find(Badge.class, new Badge.Key(userId, resource.getId())) == null) {
            throw Refusal.invalid("booking.badgeRequired", resource.getName());
        }
        int minutes = (int) slot.minutes();
        int credit = overrideCredits ? 0 : minutes;
        if (!overrideCredits) {
            Subscription subscription = activeSubscription(userId, resource.getSiteId(), day, true)
                    .orElseThrow(() -> Refusal.invalid("booking.noPlan"));
            if (!subscription.getPlan().isUnlimited()) {
                long left = subscription.getPlan().monthlyMinutes() - creditUsed(userId, resource.getSiteId(), day);
                if (left < minutes) {
                    throw Refusal.invalid("booking.noCredits", Math.max(0, left) / 60.0);
                }
            }
        }
        TimeSlot taken = slot.withBuffer(resource.buffer());
        boolean locked = em.getLockMode(resource) == LockModeType.PESSIMISTIC_WRITE;
        if (locked) {
            // the row lock makes this check hold until the commit: a clash is refused here, and the
            // transaction stays usable for the next occurrence of a recurring booking
            clashes.first(resource.getId(), taken).ifPresent(other -> {
                throw clash(resource, other, zone);
            });
        }
        Booking booking = new Booking(resource, userId, slot, credit, bookedBy, now);
        try {
            em.persist(booking);
            booking.claims().forEach(em::persist);
            em.flush();
        } catch (PersistenceException refusedByTheClaimsKey) {
            throw clashes.afterRefusal(resource.getId(), taken).map(other -> clash(resource, other, zone))
                    .orElseGet(() -> Refusal.conflict("booking.conflict.concurrent", resource.getName()));
        }
        return booking;
    }

    private Refusal clash(Resource resource, TimeSlot other, ZoneId zone) {
        // in the site's time; Texts writes them in the reader's way
        return Refusal.conflict("booking.conflict", resource.getName(), java.time.LocalDateTime.ofInstant(other.start(), zone),
                java.time.LocalTime.ofInstant(other.end(), zone));
    }

    private Optional<Subscription> activeSubscription(Long userId, Long siteId, LocalDate day, boolean lock) {
        var query = em.createNamedQuery(Subscription.ACTIVE_OF_USER_AT_SITE, Subscription.class)
                .setParameter("userId", userId).setParameter("siteId", siteId).setParameter("day", day).setMaxResults(1);
        if (lock) {
            // one member's concurrent bookings spend credits one after the other
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private long creditUsed(Long userId, Long siteId, LocalDate day) {
        ZoneId zone = calendars.zone(siteId);
        LocalDate first = day.withDayOfMonth(1);
        return em.createNamedQuery(Booking.CREDIT_USED, Long.class).setParameter("userId", userId).setParameter("siteId", siteId)
                .setParameter("from", first.atStartOfDay(zone).toInstant())
                .setParameter("to", first.plusMonths(1).atStartOfDay(zone).toInstant()).getSingleResult();
    }

    void freeSlots(Booking booking) {
        em.createQuery("delete from BookingSlot s where s.bookingId = :id").setParameter("id", booking.getId()).executeUpdate();
    }

    /** The resource, from the second-level cache unless locked (see Resource). */
    private Resource resource(Long resourceId, LockModeType lock) {
        Resource resource = resourceId == null ? null : em.find(Resource.class, resourceId, lock);
        if (resource == null || !resource.isActive()) {
            throw Refusal.notFound("booking.resource.notFound");
        }
        return resource;
    }

    private void requireManager(Long siteId) {
        if (!people.callerHolds(Roles.SPACE_MANAGER, siteId)) {
            throw Refusal.forbidden("error.forbidden");
        }
    }

    private static TimeSlot slotOf(Instant start, Instant end) {
        if (start == null || end == null) {
            throw Refusal.invalid("booking.slot.missing");
        }
        if (!start.isBefore(end)) {
            throw Refusal.invalid("booking.slot.endBeforeStart");
        }
        return new TimeSlot(start, end);
    }
}
