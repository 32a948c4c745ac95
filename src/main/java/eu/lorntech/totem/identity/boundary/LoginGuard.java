package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.control.LoginThrottles;
import eu.lorntech.totem.identity.control.PasswordHasher;
import eu.lorntech.totem.identity.entity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Checks an e-mail and password, with the throttle of repeated failures. The slow hash runs outside
 * any transaction; each throttle update is a short transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginGuard {

    public enum Outcome { VALID, INVALID, LOCKED }

    public record Check(Outcome outcome, Caller caller) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Callers callers;

    @Inject
    LoginThrottles throttles;

    @PermitAll
    public Check check(String email, char[] password) {
        String key = User.normaliseEmail(email);
        if (key == null || key.isEmpty() || key.length() > 254) {
            return new Check(Outcome.INVALID, null);
        }
        if (throttles.isLocked(key)) {
            hasher.verifyNothing(password);
            return new Check(Outcome.LOCKED, null);
        }
        Optional<User> user = em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", key).getResultStream().findFirst();
        boolean ok = user.isPresent()
                ? hasher.verify(password, user.get().getPasswordHash()) && user.get().isActive()
                : falseAfterDummyCheck(password);
        if (!ok) {
            boolean locked;
            try {
                locked = throttles.recordFailure(key);
            } catch (EJBException firstFailureRace) {
                // two first failures for one address raced to insert its row: count again on it
                locked = throttles.recordFailure(key);
            }
            return new Check(locked ? Outcome.LOCKED : Outcome.INVALID, null);
        }
        throttles.reset(key);
        return new Check(Outcome.VALID, callers.byId(user.get().getId()).orElseThrow());
    }

    private boolean falseAfterDummyCheck(char[] password) {
        hasher.verifyNothing(password);
        return false;
    }
}
