package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.control.LoginThrottles;
import eu.lorntech.totem.identity.control.PasswordHasher;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.security.ClientAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Checks an e-mail and password, with two throttles of repeated failures: per account (a guesser
 * on one person) and per client address (a sprayer trying one password on many people). Either
 * lock refuses even the right password. The slow hash runs outside any transaction, and on the
 * refused paths too, so the delay tells nothing; each throttle update is a short transaction.
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
    /** @param clientAddress where the attempt comes from, as {@link ClientAddress} resolved it */
    public Check check(String email, char[] password, String clientAddress) {
        String key = User.normaliseEmail(email);
        if (key == null || key.isEmpty() || key.length() > 254) {
            return new Check(Outcome.INVALID, null);
        }
        String address = ClientAddress.limitKey(clientAddress);
        if (throttles.isLocked(key, address)) {
            hasher.verifyNothing(password);
            return new Check(Outcome.LOCKED, null);
        }
        Optional<User> user = em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", key).getResultStream().findFirst();
        boolean ok = user.isPresent()
                ? hasher.verify(password, user.get().getPasswordHash()) && user.get().isActive()
                : falseAfterDummyCheck(password);
        if (!ok) {
            boolean accountLocked = counted(() -> throttles.recordAccountFailure(key));
            boolean addressLocked = counted(() -> throttles.recordAddressFailure(address));
            return new Check(accountLocked || addressLocked ? Outcome.LOCKED : Outcome.INVALID, null);
        }
        throttles.reset(key);
        return new Check(Outcome.VALID, callers.byId(user.get().getId()).orElseThrow());
    }

    private static boolean counted(BooleanSupplier recordFailure) {
        try {
            return recordFailure.getAsBoolean();
        } catch (EJBException firstFailureRace) {
            // two first failures for one key raced to insert its row: count again on it
            return recordFailure.getAsBoolean();
        }
    }

    private boolean falseAfterDummyCheck(char[] password) {
        hasher.verifyNothing(password);
        return false;
    }
}
