package eu.lorntech.totem.identity.control;

import eu.lorntech.totem.identity.entity.LoginThrottle;
import eu.lorntech.totem.platform.config.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/** The sign-in throttle's rows, each change in a short transaction of its own (row-locked). */
@Stateless
public class LoginThrottles {

    @PersistenceContext
    EntityManager em;

    static int maxFailures() {
        return Settings.integer("totem.login.max-failures", 10);
    }

    static Duration window() {
        return Settings.duration("totem.login.window", Duration.ofMinutes(15));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isLocked(String key) {
        LoginThrottle t = em.find(LoginThrottle.class, key);
        return t != null && t.isLocked(Instant.now());
    }

    /** Counts one failure; true when the address is now locked. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(String key) {
        Instant now = Instant.now();
        LoginThrottle t = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            t = new LoginThrottle(key, now);
            em.persist(t);
        }
        t.recordFailure(now, maxFailures(), window());
        return t.isLocked(now);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reset(String key) {
        LoginThrottle t = em.find(LoginThrottle.class, key);
        if (t != null) {
            t.reset(Instant.now());
        }
    }
}
