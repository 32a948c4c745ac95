package eu.lorntech.totem.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The one way modules send e-mail: the mail is stored with the business change (so a rolled-back
 * change sends nothing) and delivered after commit by {@link MailDispatcher}, retried if SMTP fails.
 * Open to every caller (@PermitAll): the module boundaries that call it have checked who asks.
 */
@Stateless
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @PermitAll
    public void queue(String recipient, String subject, String body) {
        queue(recipient, subject, body, null);
    }

    /** The same with one file attached (may be null). */
    @PermitAll
    public void queue(String recipient, String subject, String body, MailAttachment file) {
        queue(null, recipient, subject, body, file == null ? java.util.List.of() : java.util.List.of(file));
    }

    /**
     * A mail about {@code topic} (such as "event:12", may be null), with its files in their order:
     * the module can list later those of its mails that keep failing ({@link #failing}).
     */
    @PermitAll
    public Long queue(String topic, String recipient, String subject, String body, java.util.List<MailAttachment> files) {
        return queueAll(java.util.List.of(new Draft(topic, recipient, subject, body, files))).get(0);
    }

    /** A mail written but not queued yet, so that many can be queued at once ({@link #queueAll}). */
    public record Draft(String topic, String recipient, String subject, String body, java.util.List<MailAttachment> files) {
        public Draft {
            files = files == null ? java.util.List.of() : java.util.List.copyOf(files);
        }
    }

    /**
     * Queues mails in one flush (a batch of registrations writes its confirmations together) and
     * returns their ids in the same order.
     */
    @PermitAll
    public java.util.List<Long> queueAll(java.util.List<Draft> drafts) {
        Instant now = Instant.now();
        java.util.List<OutboundMail> mails = new java.util.ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            OutboundMail mail = new OutboundMail(d.recipient(), d.subject(), d.body(), now).about(d.topic());
            d.files().forEach(mail::attach);
            em.persist(mail);
            mails.add(mail);
        }
        em.flush();
        if (!mails.isEmpty()) {
            queued.fire(new MailQueued(mails.get(0).getId()));
        }
        return mails.stream().map(OutboundMail::getId).toList();
    }

    /**
     * Takes back a mail queued earlier in the same transaction (a module wrote it ahead of a decision
     * that went the other way): it is never sent.
     */
    @PermitAll
    public void withdraw(Long id) {
        OutboundMail mail = em.find(OutboundMail.class, id);
        if (mail != null && mail.isPending()) {
            em.remove(mail);
        }
    }

    /** A mail that has failed at least {@code attempts} times and is not sent: whom, when, why. */
    public record Failing(Long id, String recipient, String subject, Instant queuedAt, int attempts, String lastError)
            implements java.io.Serializable {
    }

    /** The mails of a topic not sent after {@code attempts} tries or more, oldest first (at most 200). */
    @PermitAll
    public java.util.List<Failing> failing(String topic, int attempts) {
        return em.createNamedQuery(OutboundMail.FAILING_OF_TOPIC, OutboundMail.class).setParameter("topic", topic)
                .setParameter("attempts", attempts).setMaxResults(200).getResultStream()
                .map(m -> new Failing(m.getId(), m.getRecipient(), m.getSubject(), m.getCreatedAt(), m.getAttempts(), m.getLastError()))
                .toList();
    }

    /** How many mails of a topic are still to leave the outbox. */
    @PermitAll
    public long unsent(String topic) {
        return em.createNamedQuery(OutboundMail.COUNT_UNSENT_OF_TOPIC, Long.class).setParameter("topic", topic).getSingleResult();
    }
}
