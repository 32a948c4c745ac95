package eu.lorntech.totem.platform.mail;

import eu.lorntech.totem.platform.config.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Delivers the outbox through the server's mail session, right after commit and again every minute. */
@Stateless
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @PersistenceContext
    EntityManager em;

    @PermitAll
    @Asynchronous
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        deliver(event.mailId());
    }

    @PermitAll
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void retryPending() {
        em.createNamedQuery(OutboundMail.PENDING, Long.class)
                .setParameter("maxAttempts", OutboundMail.MAX_ATTEMPTS)
                .setMaxResults(500)
                .getResultList()
                .forEach(this::deliver);
    }

    private void deliver(Long id) {
        OutboundMail mail = em.find(OutboundMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isPending()) {
            return;
        }
        if (Settings.flag("totem.mail.log", false)) {
            LOG.info(() -> "Mail to " + mail.getRecipient() + ": " + mail.getSubject() + "\n" + mail.getBody());
        }
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            java.util.List<MailAttachment> files = mail.attachments();
            if (files.isEmpty()) {
                message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            } else {
                jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
                jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
                text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
                parts.addBodyPart(text);
                for (MailAttachment file : files) {
                    jakarta.mail.internet.MimeBodyPart attached = new jakarta.mail.internet.MimeBodyPart();
                    attached.setDataHandler(new jakarta.activation.DataHandler(
                            new jakarta.mail.util.ByteArrayDataSource(file.content(), file.contentType())));
                    attached.setFileName(file.name());
                    parts.addBodyPart(attached);
                }
                message.setContent(parts);
            }
            Transport.send(message);
            mail.sent(Instant.now());
        } catch (MessagingException e) {
            mail.failed(e.getMessage());
            LOG.log(Level.WARNING, "Mail {0} not sent yet: {1}", new Object[] {id, e.getMessage()});
        }
    }
}
