package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.control.SiteCalendars;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.dashboard.DashboardCard;
import eu.lorntech.totem.platform.dashboard.DashboardContributor;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Coworking counts on the dashboards: my upcoming bookings; for managers, today's bookings and resources. */
@Stateless
public class CoworkingFigures implements DashboardContributor {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    People people;

    @Inject
    SiteCalendars calendars;

    @PermitAll
    @Override
    public List<DashboardCard> cards(Set<String> asked, Long siteId) {
        // the page says which roles to show; only those the caller holds count
        Set<String> roles = asked.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        List<DashboardCard> cards = new ArrayList<>();
        if (roles.contains(Roles.MEMBER) || roles.contains(Roles.FOUNDER)) {
            people.current().ifPresent(me -> cards.add(new DashboardCard(100, "dashboard.myUpcomingBookings",
                    em.createQuery("select count(b) from Booking b where b.userId = :u and b.endsAt > :now "
                                    + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED", Long.class)
                            .setParameter("u", me.id()).setParameter("now", Instant.now()).getSingleResult(),
                    "/coworking/my-bookings.xhtml")));
        }
        if (siteId != null && (roles.contains(Roles.SPACE_MANAGER) || roles.contains(Roles.ADMIN))
                && people.callerHolds(Roles.SPACE_MANAGER, siteId)) {
            ZoneId zone = calendars.zone(siteId);
            LocalDate today = LocalDate.now(zone);
            cards.add(new DashboardCard(110, "dashboard.bookingsToday",
                    em.createQuery("select count(b) from Booking b where b.resource.siteId = :s and b.startsAt >= :from and b.startsAt < :to "
                                    + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED", Long.class)
                            .setParameter("s", siteId).setParameter("from", today.atStartOfDay(zone).toInstant())
                            .setParameter("to", today.plusDays(1).atStartOfDay(zone).toInstant()).getSingleResult(),
                    "/coworking/manage.xhtml"));
            cards.add(new DashboardCard(115, "dashboard.planRequests",
                    em.createNamedQuery(eu.lorntech.totem.coworking.entity.PlanRequest.COUNT_PENDING_OF_SITE, Long.class)
                            .setParameter("siteId", siteId).getSingleResult(), "/coworking/manage.xhtml"));
            cards.add(new DashboardCard(120, "dashboard.resources",
                    em.createQuery("select count(r) from Resource r where r.siteId = :s and r.active = true", Long.class)
                            .setParameter("s", siteId).getSingleResult(), "/coworking/calendar.xhtml"));
        }
        return cards;
    }
}
