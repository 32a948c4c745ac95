package eu.lorntech.totem.coworking.control;

import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.coworking.entity.TimeSlot;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The first live booking of a resource that overlaps a period (buffers included in the search), as
 * its own start and end: the buffer is the resource's rule, not a time the other member booked.
 */
@Stateless
public class Clashes {

    @PersistenceContext
    EntityManager em;

    /** In the caller's transaction: under the resource's row lock, the check holds until the commit. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<TimeSlot> first(Long resourceId, TimeSlot taken) {
        return query(resourceId, taken);
    }

    /**
     * In a transaction of its own: the booking that asks is being rolled back after the claims'
     * primary key refused it, and what it clashed with has been committed by then (that is why the
     * key refused it).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TimeSlot> afterRefusal(Long resourceId, TimeSlot taken) {
        return query(resourceId, taken);
    }

    private Optional<TimeSlot> query(Long resourceId, TimeSlot taken) {
        return em.createNamedQuery(Booking.LIVE_OVERLAPPING, Booking.class)
                .setParameter("resourceId", resourceId).setParameter("start", taken.start())
                .setParameter("end", taken.end()).setParameter("earliest", taken.start().minus(Booking.LONGEST))
                .setMaxResults(1).getResultStream().findFirst()
                .map(b -> new TimeSlot(b.getStartsAt(), b.getEndsAt()));
    }
}
