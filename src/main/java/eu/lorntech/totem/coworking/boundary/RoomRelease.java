package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.control.SiteCalendars;
import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.coworking.entity.TimeSlot;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Frees meeting rooms nobody checked in to, {@code release_after_minutes} after their start (15 by
 * default, per site). The booking is kept as RELEASED, so the release is recorded.
 */
@Stateless
public class RoomRelease {

    private static final Logger LOG = Logger.getLogger(RoomRelease.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteCalendars calendars;

    @PermitAll
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void everyMinute() {
        releaseAt(Instant.now());
    }

    /** Releases what is due at {@code now}; returns how many bookings were released. */
    @RolesAllowed(Roles.ADMIN)
    public int releaseAt(Instant now) {
        List<Booking> candidates = em.createNamedQuery(Booking.TO_RELEASE, Booking.class)
                .setParameter("startedBefore", now.minus(Duration.ofMinutes(1))).setParameter("now", now).getResultList();
        int released = 0;
        for (Booking b : candidates) {
            int after = calendars.settings(b.getResource().getSiteId()).getReleaseAfterMinutes();
            if (!now.isBefore(b.getStartsAt().plus(Duration.ofMinutes(after)))) {
                b.release(now);
                em.createQuery("delete from BookingSlot s where s.bookingId = :id and s.slotStart >= :from")
                        .setParameter("id", b.getId()).setParameter("from", TimeSlot.quarterHourOf(now))
                        .executeUpdate();
                released++;
            }
        }
        if (released > 0) {
            int n = released;
            LOG.info(() -> n + " meeting room booking(s) released: no check-in");
        }
        return released;
    }
}
