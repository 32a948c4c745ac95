package eu.lorntech.totem.identity.control;

import eu.lorntech.totem.identity.entity.Backoff;
import eu.lorntech.totem.identity.entity.IpThrottle;
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

/**
 * The sign-in throttles' rows, per account and per client address, each change in a short
 * transaction of its own (row-locked). In the database, so every server counts the same failures.
 */
@Stateless
public class LoginThrottles {

    @PersistenceContext
    EntityManager em;

    static Backoff perAccount() {
        return backoff(Settings.integer("totem.login.max-failures", 10));
    }

    static Backoff perAddress() {
        return backoff(Settings.integer("totem.login.ip-max-failures", 20));
    }

    private static Backoff backoff(int freeFailures) {
        return new Backoff(freeFailures,
                Settings.duration("totem.login.first-lock", Duration.ofMinutes(1)),
                Settings.duration("totem.login.max-lock", Duration.ofMinutes(15)),
                Settings.duration("totem.login.window", Duration.ofMinutes(15)));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isLocked(String emailKey, String address) {
        Instant now = Instant.now();
        IpThrottle ip = em.find(IpThrottle.class, address);
        LoginThrottle account = em.find(LoginThrottle.class, emailKey);
        return ip != null && ip.isLocked(now) || account != null && account.isLocked(now);
    }

    /** Counts one failure for the address; true when it is now locked. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordAccountFailure(String emailKey) {
        Instant now = Instant.now();
        LoginThrottle t = em.find(LoginThrottle.class, emailKey, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            t = new LoginThrottle(emailKey, now);
            em.persist(t);
        }
        t.recordFailure(now, perAccount());
        return t.isLocked(now);
    }

    /** Counts one failure for the client address; true when it is now locked. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordAddressFailure(String address) {
        Instant now = Instant.now();
        IpThrottle t = em.find(IpThrottle.class, address, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            t = new IpThrottle(address, now);
            em.persist(t);
        }
        t.recordFailure(now, perAddress());
        return t.isLocked(now);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reset(String emailKey) {
        LoginThrottle t = em.find(LoginThrottle.class, emailKey);
        if (t != null) {
            t.reset(Instant.now());
        }
    }
}
