package eu.lorntech.totem.coworking.control;

import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.coworking.entity.TimeSlot;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The live booking a new one clashed with, read in a transaction of its own: the booking that
 * asked is being rolled back after the claims' primary key refused it, and what it clashed with
 * has been committed by then (that is why the key refused it).
 */
@Stateless
public class Clashes {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TimeSlot> first(Long resourceId, TimeSlot taken) {
        return em.createNamedQuery(Booking.LIVE_OVERLAPPING, Booking.class)
                .setParameter("resourceId", resourceId).setParameter("start", taken.start())
                .setParameter("end", taken.end()).setParameter("earliest", taken.start().minus(Booking.LONGEST))
                .setMaxResults(1).getResultStream().findFirst()
                .map(b -> new TimeSlot(b.getStartsAt(), b.getBlockedUntil()));
    }
}
