package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.control.SiteCalendarChanged;
import eu.lorntech.totem.coworking.control.SiteCalendars;
import eu.lorntech.totem.coworking.entity.Badge;
import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.coworking.entity.Closure;
import eu.lorntech.totem.coworking.entity.OpeningHours;
import eu.lorntech.totem.coworking.entity.Plan;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.coworking.entity.Subscription;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What space managers keep for their site(s): resources, badges, hours, closures, plans, check-ins, occupancy. */
@Stateless
public class SpaceManagement {

    public record PlanView(Long id, String name, int monthlyHours, boolean unlimited) implements Serializable {
    }

    public record Presence(Long bookingId, String resourceName, String memberName, Instant start, Instant end,
            boolean checkedIn) implements Serializable {
    }

    /** Booked share of the open time of one resource over a period (0..1), and the booked hours. */
    public record Occupancy(Long resourceId, String resourceName, double bookedHours, double openHours) implements Serializable {
        public double rate() {
            return openHours == 0 ? 0 : Math.min(1, bookedHours / openHours);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    SiteCalendars calendars;

    @Inject
    Event<SiteCalendarChanged> calendarChanged;

    @PermitAll
    public boolean manages(Long siteId) {
        return people.callerHolds(Roles.SPACE_MANAGER, siteId);
    }

    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public ResourceSummary createResource(Long siteId, ResourceKind kind, String name, int capacity, int minMinutes,
            int maxMinutes, int bufferMinutes, boolean requiresBadge) {
        requireManager(siteId);
        if (kind == null) {
            throw Refusal.invalid("resource.invalid");
        }
        requireFreeName(siteId, name, capacity, null);
        Resource r = new Resource(siteId, kind, name.strip(), capacity).durations(minMinutes, maxMinutes, bufferMinutes)
                .requiringBadge(requiresBadge);
        em.persist(r);
        return ResourceSummary.of(r, null);
    }

    /**
     * Changes a resource: name, capacity, durations, buffer, badge. Bookings already made keep their
     * period and buffer; the new rules apply to the bookings made from now on.
     */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public ResourceSummary updateResource(Long resourceId, String name, int capacity, int minMinutes, int maxMinutes,
            int bufferMinutes, boolean requiresBadge) {
        Resource r = resource(resourceId);
        requireManager(r.getSiteId());
        requireFreeName(r.getSiteId(), name, capacity, r.getId());
        r.rename(name.strip(), capacity);
        r.durations(minMinutes, maxMinutes, bufferMinutes).requiringBadge(requiresBadge);
        return ResourceSummary.of(r, null);
    }

    /**
     * Retires a resource: it is no longer listed nor bookable; its past bookings are kept. Refused
     * while live bookings of it are still to come: cancel them first.
     */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public void retireResource(Long resourceId) {
        Resource r = resource(resourceId);
        requireManager(r.getSiteId());
        Instant now = Instant.now();
        long toCome = em.createQuery("select count(b) from Booking b where b.resource.id = :r and b.startsAt > :earliest "
                + "and b.endsAt > :now and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED", Long.class)
                .setParameter("r", r.getId()).setParameter("earliest", now.minus(Booking.LONGEST)).setParameter("now", now)
                .getSingleResult();
        if (toCome > 0) {
            throw Refusal.conflict("resource.retire.hasBookings", r.getName(), toCome);
        }
        r.deactivate();
    }

    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public void grantBadge(Long resourceId, String memberEmail) {
        Resource r = resource(resourceId);
        requireManager(r.getSiteId());
        Caller member = people.byEmail(memberEmail).orElseThrow(() -> Refusal.notFound("booking.member.notFound", memberEmail));
        if (em.find(Badge.class, new Badge.Key(member.id(), r.getId())) == null) {
            em.persist(new Badge(member.id(), r.getId(), people.requireCurrent().email(), Instant.now()));
        }
    }

    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public void setHours(Long siteId, DayOfWeek day, LocalTime opens, LocalTime closes) {
        requireManager(siteId);
        List<OpeningHours> existing = em.createNamedQuery(OpeningHours.OF_SITE, OpeningHours.class).setParameter("siteId", siteId)
                .getResultStream().filter(h -> h.day() == day).toList();
        if (opens == null || closes == null) {
            existing.forEach(em::remove);
        } else if (existing.isEmpty()) {
            em.persist(new OpeningHours(siteId, day, opens, closes));
        } else {
            existing.get(0).change(opens, closes);
        }
        calendarChanged.fire(new SiteCalendarChanged(siteId));
    }

    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public Long addClosure(Long siteId, LocalDate day, String reason) {
        requireManager(siteId);
        if (day == null || reason == null || reason.isBlank()) {
            throw Refusal.invalid("closure.invalid");
        }
        if (!em.createNamedQuery(Closure.OF_SITE_BETWEEN, Closure.class).setParameter("siteId", siteId)
                .setParameter("from", day).setParameter("to", day).getResultList().isEmpty()) {
            throw Refusal.conflict("closure.exists", day);
        }
        Closure c = new Closure(siteId, day, reason.strip());
        em.persist(c);
        calendarChanged.fire(new SiteCalendarChanged(siteId));
        return c.getId();
    }

    @PermitAll
    public List<Closure> closures(Long siteId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(Closure.OF_SITE_BETWEEN, Closure.class).setParameter("siteId", siteId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @PermitAll
    public List<PlanView> plans(Long siteId) {
        return em.createNamedQuery(Plan.OF_SITE, Plan.class).setParameter("siteId", siteId).getResultStream()
                .map(p -> new PlanView(p.getId(), p.getName(), p.getMonthlyHours(), p.isUnlimited())).toList();
    }

    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public PlanView createPlan(Long siteId, String name, int monthlyHours, boolean unlimited) {
        requireManager(siteId);
        if (name == null || name.isBlank()) {
            throw Refusal.invalid("plan.nameRequired");
        }
        Plan p = new Plan(siteId, name.strip(), monthlyHours, unlimited);
        em.persist(p);
        return new PlanView(p.getId(), p.getName(), p.getMonthlyHours(), p.isUnlimited());
    }

    /** Gives a member a plan from a date, ending the one they had at this site. */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public void subscribe(String memberEmail, Long planId, LocalDate startsOn) {
        Plan plan = planId == null ? null : em.find(Plan.class, planId);
        if (plan == null) {
            throw Refusal.notFound("plan.notFound");
        }
        requireManager(plan.getSiteId());
        Caller member = people.byEmail(memberEmail).orElseThrow(() -> Refusal.notFound("booking.member.notFound", memberEmail));
        LocalDate start = startsOn == null ? LocalDate.now(calendars.zone(plan.getSiteId())) : startsOn;
        em.createNamedQuery(Subscription.ACTIVE_OF_USER_AT_SITE, Subscription.class).setParameter("userId", member.id())
                .setParameter("siteId", plan.getSiteId()).setParameter("day", start).getResultList()
                .forEach(s -> s.endOn(start.minusDays(1)));
        em.persist(new Subscription(member.id(), plan, start));
    }

    /** Who's in: today's live bookings at the site running now, with their check-in. */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public List<Presence> whoIsIn(Long siteId) {
        requireManager(siteId);
        Instant now = Instant.now();
        List<Presence> list = new ArrayList<>();
        em.createNamedQuery(Booking.OF_SITE_BETWEEN, Booking.class).setParameter("siteId", siteId)
                .setParameter("start", now).setParameter("end", now.plusSeconds(1))
                .setParameter("earliest", now.minus(Booking.LONGEST)).getResultStream()
                .forEach(b -> list.add(new Presence(b.getId(), b.getResource().getName(),
                        people.byId(b.getUserId()).map(Caller::displayName).orElse("?"), b.getStartsAt(), b.getEndsAt(),
                        b.getCheckedInAt() != null)));
        return list;
    }

    /** Booked hours against open hours per resource between two days (inclusive), computed in SQL. */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public List<Occupancy> occupancy(Long siteId, LocalDate from, LocalDate to) {
        requireManager(siteId);
        if (from == null || to == null || to.isBefore(from) || from.plusDays(400).isBefore(to)) {
            throw Refusal.invalid("occupancy.period");
        }
        ZoneId zone = calendars.zone(siteId);
        var calendar = calendars.of(siteId, from, to);
        double openHours = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalTime[] h = calendar.hours().get(d.getDayOfWeek());
            if (h != null && !calendar.closures().contains(d)) {
                openHours += java.time.Duration.between(h[0], h[1]).toMinutes() / 60.0;
            }
        }
        Map<Long, Double> booked = new HashMap<>();
        List<Object[]> rows = em.createQuery("select b.resource.id, count(s) from BookingSlot s, Booking b "
                        + "where s.bookingId = b.id and b.resource.siteId = :siteId and s.slotStart >= :from and s.slotStart < :to "
                        + "and s.slotStart < b.endsAt group by b.resource.id", Object[].class)
                .setParameter("siteId", siteId).setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant()).getResultList();
        rows.forEach(r -> booked.put((Long) r[0], ((Number) r[1]).longValue() / 4.0));
        double open = openHours;
        return em.createNamedQuery(Resource.OF_SITE, Resource.class).setParameter("siteId", siteId).getResultStream()
                .map(r -> new Occupancy(r.getId(), r.getName(), booked.getOrDefault(r.getId(), 0.0), open)).toList();
    }

    private Resource resource(Long id) {
        Resource r = id == null ? null : em.find(Resource.class, id);
        if (r == null) {
            throw Refusal.notFound("booking.resource.notFound");
        }
        return r;
    }

    /** A name (120 characters at most) no other resource of the site has, and a capacity of at least 1. */
    private void requireFreeName(Long siteId, String name, int capacity, Long resourceId) {
        if (name == null || name.isBlank() || name.strip().length() > 120 || capacity < 1) {
            throw Refusal.invalid("resource.invalid");
        }
        boolean taken = em.createQuery("select r.id from Resource r where r.siteId = :s and r.name = :n", Long.class)
                .setParameter("s", siteId).setParameter("n", name.strip()).getResultStream().anyMatch(id -> !id.equals(resourceId));
        if (taken) {
            throw Refusal.conflict("resource.nameTaken", name.strip());
        }
    }

    private void requireManager(Long siteId) {
        if (!manages(siteId)) {
            throw Refusal.forbidden("error.forbidden");
        }
    }
}
