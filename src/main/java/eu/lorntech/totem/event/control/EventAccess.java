package eu.lorntech.totem.event.control;

import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventOrganiser;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who may run an event: its organisers (the creator and the co-organisers they named, each holding
 * the organiser role at the event's site) and admins. Anyone else is told the event does not exist.
 */
@Dependent
public class EventAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    /** The event, if the caller runs it; "not found" otherwise (another organiser's event too). */
    public Event organised(Long eventId) {
        return check(eventId == null ? null : em.find(Event.class, eventId));
    }

    /** The same, with the event's row locked until the end of the transaction (counters change). */
    public Event organisedLocked(Long eventId) {
        return check(eventId == null ? null : em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean runs(Event e) {
        Caller me = people.current().orElse(null);
        if (me == null || e == null) {
            return false;
        }
        if (me.roles().contains(Roles.ADMIN)) {
            return true;
        }
        return people.callerHolds(Roles.EVENT_ORGANISER, e.getSiteId())
                && em.createNamedQuery(EventOrganiser.IS, Long.class).setParameter("event", e.getId()).setParameter("user", me.id())
                        .getSingleResult() > 0;
    }

    private Event check(Event e) {
        if (e == null || !runs(e)) {
            throw Refusal.notFound("event.notFound");
        }
        return e;
    }
}
