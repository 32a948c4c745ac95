package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.control.SiteCalendars;
import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.coworking.entity.SiteCalendar;
import eu.lorntech.totem.coworking.entity.TimeSlot;
import eu.lorntech.totem.platform.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The coworking offer of a site: its resources, what is free, and a day's plan for the calendar. */
@Stateless
public class Resources {

    /** One day of a site: opening hours (null when closed), resources, and their live bookings. */
    public record DayPlan(LocalDate day, LocalTime opens, LocalTime closes, String closedReason,
            List<ResourceSummary> resources, Map<Long, List<BookingSummary>> bookings) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteCalendars calendars;

    /** Active resources of a site (of one kind if given); with {@code free} when a period is given. */
    @PermitAll
    public List<ResourceSummary> of(Long siteId, String kind, Instant from, Instant to) {
        if (siteId == null) {
            throw Refusal.invalid("resource.siteRequired");
        }
        List<Resource> resources;
        if (kind == null || kind.isBlank()) {
            resources = em.createNamedQuery(Resource.OF_SITE, Resource.class).setParameter("siteId", siteId).getResultList();
        } else {
            ResourceKind k;
            try {
                k = ResourceKind.valueOf(kind.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("resource.kindUnknown", kind);
            }
            resources = em.createNamedQuery(Resource.OF_SITE_AND_KIND, Resource.class).setParameter("siteId", siteId)
                    .setParameter("kind", k).getResultList();
        }
        if (from == null && to == null) {
            return resources.stream().map(r -> ResourceSummary.of(r, null)).toList();
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw Refusal.invalid("booking.slot.endBeforeStart");
        }
        Set<Long> busy = busyBetween(siteId, from, to);
        return resources.stream().map(r -> ResourceSummary.of(r, !busy.contains(r.getId()))).toList();
    }

    /** What can be booked right away: open now, and free for the next half hour. */
    @PermitAll
    public List<ResourceSummary> freeNow(Long siteId) {
        Instant now = Instant.now();
        Instant from = TimeSlot.quarterHourOf(now);
        Instant to = from.plus(Duration.ofMinutes(45));
        ZoneId zone = calendars.zone(siteId);
        LocalDate today = now.atZone(zone).toLocalDate();
        SiteCalendar calendar = calendars.of(siteId, today, today);
        LocalTime[] hours = calendar.hours().get(today.getDayOfWeek());
        LocalTime time = now.atZone(zone).toLocalTime();
        if (calendar.closures().contains(today) || hours == null || time.isBefore(hours[0]) || !time.isBefore(hours[1])) {
            return List.of();
        }
        return of(siteId, null, from, to).stream().filter(ResourceSummary::free).toList();
    }

    /** A day of the site for the calendar page. */
    @PermitAll
    public DayPlan day(Long siteId, LocalDate day) {
        ZoneId zone = calendars.zone(siteId);
        SiteCalendar calendar = calendars.of(siteId, day, day);
        LocalTime[] hours = calendar.hours().get(day.getDayOfWeek());
        String closed = calendar.closures().contains(day) ? "closure" : hours == null ? "weekday" : null;
        List<ResourceSummary> resources = of(siteId, null, null, null);
        Map<Long, List<BookingSummary>> bookings = new LinkedHashMap<>();
        resources.forEach(r -> bookings.put(r.id(), new java.util.ArrayList<>()));
        em.createNamedQuery(Booking.OF_SITE_BETWEEN, Booking.class).setParameter("siteId", siteId)
                .setParameter("start", day.atStartOfDay(zone).toInstant())
                .setParameter("end", day.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("earliest", day.atStartOfDay(zone).toInstant().minus(Booking.LONGEST))
                .getResultStream().forEach(b -> bookings.computeIfAbsent(b.getResource().getId(), k -> new java.util.ArrayList<>())
                        .add(BookingSummary.of(b)));
        return new DayPlan(day, hours == null || closed != null ? null : hours[0], hours == null || closed != null ? null : hours[1],
                closed, resources, bookings);
    }

    /** A week of the site: per resource and day, the booked minutes (a compact view that links to each day). */
    public record WeekPlan(LocalDate monday, List<LocalDate> days, List<ResourceSummary> resources,
            Map<String, Long> bookedMinutes) implements Serializable {
        public long minutes(Long resourceId, LocalDate day) {
            return bookedMinutes.getOrDefault(resourceId + "@" + day, 0L);
        }
    }

    @PermitAll
    public WeekPlan week(Long siteId, LocalDate anyDay) {
        ZoneId zone = calendars.zone(siteId);
        LocalDate monday = anyDay.with(java.time.DayOfWeek.MONDAY);
        List<LocalDate> days = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(monday.plusDays(i));
        }
        Instant start = monday.atStartOfDay(zone).toInstant();
        Instant end = monday.plusDays(7).atStartOfDay(zone).toInstant();
        Map<String, Long> minutes = new java.util.HashMap<>();
        em.createNamedQuery(Booking.OF_SITE_BETWEEN, Booking.class).setParameter("siteId", siteId)
                .setParameter("start", start).setParameter("end", end).setParameter("earliest", start.minus(Booking.LONGEST))
                .getResultStream().forEach(b -> minutes.merge(b.getResource().getId() + "@" + b.getStartsAt().atZone(zone).toLocalDate(),
                        java.time.Duration.between(b.getStartsAt(), b.getEndsAt()).toMinutes(), Long::sum));
        return new WeekPlan(monday, days, of(siteId, null, null, null), minutes);
    }

    @PermitAll
    public ResourceSummary one(Long resourceId) {
        Resource r = resourceId == null ? null : em.find(Resource.class, resourceId);
        if (r == null || !r.isActive()) {
            throw Refusal.notFound("booking.resource.notFound");
        }
        return ResourceSummary.of(r, null);
    }

    private Set<Long> busyBetween(Long siteId, Instant from, Instant to) {
        Set<Long> busy = new HashSet<>();
        // a booking's buffer counts as taken
        em.createQuery("select b.resource.id from Booking b where b.resource.siteId = :siteId "
                        + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED "
                        + "and b.startsAt < :to and b.blockedUntil > :from and b.startsAt > :earliest", Long.class)
                .setParameter("siteId", siteId).setParameter("from", from).setParameter("to", to)
                .setParameter("earliest", from.minus(Booking.LONGEST))
                .getResultStream().forEach(busy::add);
        return busy;
    }

}
