package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.dashboard.DashboardCard;
import eu.lorntech.totem.platform.dashboard.DashboardContributor;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An organiser's dashboard: how many of the events they organise are still to come. */
@Stateless
public class EventFigures implements DashboardContributor {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    /** Anyone signed in; the card counts the caller's own events, and only for a caller who holds the organiser role. */
    @Override
    @PermitAll
    public List<DashboardCard> cards(Set<String> roles, Long siteId) {
        if (!roles.contains(Roles.EVENT_ORGANISER)) {
            return List.of();
        }
        return people.current().filter(me -> me.roles().contains(Roles.EVENT_ORGANISER)).map(me -> List.of(new DashboardCard(300, "dashboard.myUpcomingEvents",
                em.createQuery("select count(e) from Event e where e.endsAt > :now and e.status in (eu.lorntech.totem.event.entity.EventStatus.DRAFT,"
                        + " eu.lorntech.totem.event.entity.EventStatus.PUBLISHED) and e.id in (select o.eventId from EventOrganiser o"
                        + " where o.userId = :user)", Long.class).setParameter("now", Instant.now()).setParameter("user", me.id())
                        .getSingleResult(), "/event/events.xhtml"))).orElse(List.of());
    }
}
