package eu.lorntech.totem.event.control;

import eu.lorntech.totem.event.entity.CheckIn;
import eu.lorntech.totem.event.entity.CheckInResult;
import eu.lorntech.totem.event.entity.Registration;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * One scan in a transaction of its own. The ticket's row is locked first, so that two stations
 * scanning it at once are served one after the other: the first admits, the second reads when and
 * where. The station's nonce is read after that lock (the transaction's first plain read, so its
 * snapshot is taken after the lock even under MariaDB's repeatable read), so a retried request finds
 * its first answer. The unique key (event, nonce) refuses a second log of one nonce: the boundary
 * checks who may scan, and retries once when two requests for an unknown code raced to log it.
 */
@Stateless
public class CheckInDesk {

    /** What the station shows. */
    public record Answer(CheckInResult result, Instant at, String station, String name, Long registrationId) {
    }

    @PersistenceContext
    EntityManager em;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Answer scanOnce(Long eventId, String code, String station, String nonce, Long scannedBy) {
        Registration r = em.createNamedQuery(Registration.BY_TICKET, Registration.class).setParameter("event", eventId)
                .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        // a plain read: its snapshot is taken now, after the ticket's lock, so it sees a first request that
        // committed meanwhile. A locking read would take a gap lock where the nonce is missing, and two
        // stations inserting into the same gap then deadlocked (measured by the events benchmark on MariaDB)
        CheckIn earlier = em.createNamedQuery(CheckIn.BY_NONCE, CheckIn.class).setParameter("event", eventId).setParameter("nonce", nonce)
                .getResultStream().findFirst().orElse(null);
        if (earlier != null) {
            return answer(earlier.getResult(), r);
        }
        Instant now = Instant.now();
        CheckInResult result = r == null ? CheckInResult.UNKNOWN : r.admit(station, now);
        em.persist(new CheckIn(eventId, r, code.isEmpty() ? "-" : code, station, nonce, result, now, scannedBy));
        em.flush();
        return answer(result, r);
    }

    private static Answer answer(CheckInResult result, Registration r) {
        if (r == null) {
            return new Answer(result, null, null, null, null);
        }
        return new Answer(result, r.getCheckedInAt(), r.getCheckedInStation(), r.getName(), r.getId());
    }
}
