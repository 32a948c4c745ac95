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
        OutboundMail mail = new OutboundMail(recipient, subject, body, Instant.now()).attach(file);
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
    }
}
