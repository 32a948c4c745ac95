package eu.lorntech.totem.event.control;

import eu.lorntech.totem.event.entity.GuestQuota;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.config.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Guest registrations per client address and hour ({@code totem.events.guest-limit}, default 30,
 * {@code 0} for no limit), counted in the database in a short transaction of its own, so that the
 * limit holds across servers and a refused registration still counts as an attempt.
 */
@Stateless
public class GuestQuotas {

    public static final String LIMIT = "totem.events.guest-limit";

    @PersistenceContext
    EntityManager em;

    public static int limit() {
        return Settings.integer(LIMIT, 30);
    }

    @jakarta.ejb.EJB
    GuestQuotas self;

    /** Counts {@code people} guest registrations for {@code client}, or refuses with 429 over the limit. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void use(String client, int people) {
        int limit = limit();
        if (limit <= 0) {
            return;
        }
        String key = client == null || client.isBlank() ? "unknown" : client.substring(0, Math.min(45, client.length()));
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        if (!self.count(key, hour, people, limit)) {
            throw Refusal.tooMany("event.registration.tooMany", 60);
        }
    }

    /**
     * One locked update of the hour's row, created first if need be (a race to create it is retried
     * once). Whether the row exists is asked without a lock: on InnoDB a locking read of a missing row
     * takes a gap lock, which the creating transaction's insert would then wait for until the lock
     * wait timeout (50 s), this transaction waiting for it in turn.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean count(String key, Instant hour, int people, int limit) {
        long rows = em.createNamedQuery(GuestQuota.COUNT_ROWS, Long.class).setParameter("client", key).setParameter("hour", hour)
                .getSingleResult();
        if (rows == 0) {
            try {
                self.create(key, hour);
            } catch (jakarta.ejb.EJBException | PersistenceException anotherRequestCreatedIt) {
                // the other request's row is there now
            }
        }
        GuestQuota q = em.find(GuestQuota.class, new GuestQuota.Key(key, hour), LockModeType.PESSIMISTIC_WRITE);
        return q != null && q.use(people, limit);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String key, Instant hour) {
        em.persist(new GuestQuota(key, hour));
        em.flush();
    }
}
