package eu.lorntech.totem.platform.mail;

import eu.lorntech.totem.platform.config.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox through the server's mail session: the new mails as {@link MailPump} asks right after
 * commit, over one connection, and the ones that failed again as {@link MailRetry} asks. Each mail is sent in a transaction of its own, which locks only that mail; the SMTP connection
 * gives up after {@code totem.mail.timeout-seconds} (default 20) instead of waiting for ever on a server
 * that does not answer.
 */
@Stateless
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    public static final String TIMEOUT = "totem.mail.timeout-seconds";

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    @Any
    Instance<MailFileMaker> makers;

    @PostConstruct
    void timeouts() {
        String millis = String.valueOf(Math.max(1, Settings.integer(TIMEOUT, 20)) * 1000L);
        Properties session = mailSession.getProperties();
        for (String protocol : List.of("smtp", "smtps")) {
            for (String key : List.of("connectiontimeout", "timeout", "writetimeout")) {
                session.putIfAbsent("mail." + protocol + "." + key, millis);
            }
        }
    }

    /**
     * The mails never tried yet, oldest first, as {@link MailPump} asks after commits: over one SMTP
     * connection, each in a transaction of its own. Stops when none is left, when the SMTP server
     * cannot be reached (the mails then wait for {@link MailRetry}), or between two mails when
     * {@code giveWay} says so; returns whether it stopped to give way (mails are left).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean sendFresh(java.util.function.BooleanSupplier giveWay) {
        MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
        Set<Long> tried = new HashSet<>();
        Transport transport = null;
        try {
            while (true) {
                List<Long> ids = new ArrayList<>(em.createNamedQuery(OutboundMail.FRESH, Long.class).setMaxResults(200).getResultList());
                // a mail whose transaction failed for another reason stays fresh: never try it twice in one call
                ids.removeAll(tried);
                if (ids.isEmpty()) {
                    return false;
                }
                for (Long id : ids) {
                    if (giveWay.getAsBoolean()) {
                        return true;
                    }
                    tried.add(id);
                    if (transport == null || !transport.isConnected()) {
                        close(transport);
                        transport = connect();
                        if (transport == null) {
                            return false;
                        }
                    }
                    if (!self.sendOver(id, transport)) {
                        return false;
                    }
                }
            }
        } finally {
            close(transport);
        }
    }

    /** One mail over an open connection; false when the SMTP server could not be reached. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendOver(Long id, Transport transport) {
        return deliver(id, transport);
    }

    private Transport connect() {
        try {
            Transport transport = mailSession.getTransport();
            transport.connect();
            return transport;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Mails not sent yet, the SMTP server was not reached: {0}", e.getMessage());
            return null;
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                LOG.log(Level.FINE, "SMTP connection closed", alreadyGone);
            }
        }
    }

    /**
     * The unsent mails not given up on, oldest first (at most 500 a round), as {@link MailRetry} asks: each
     * in its own transaction; the round stops at the first mail the SMTP server cannot be reached for.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retryPending() {
        MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
        for (Long id : em.createNamedQuery(OutboundMail.PENDING, Long.class)
                .setParameter("maxAttempts", OutboundMail.MAX_ATTEMPTS)
                .setMaxResults(500)
                .getResultList()) {
            if (!self.retry(id)) {
                return;
            }
        }
    }

    /** One more try of one mail; false when the SMTP server could not be reached. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean retry(Long id) {
        return deliver(id, null);
    }

    /** Sends one mail, over {@code transport} if open, else on a connection of its own. */
    private boolean deliver(Long id, Transport transport) {
        OutboundMail mail = em.find(OutboundMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isPending()) {
            return true;
        }
        if (Settings.flag("totem.mail.log", false)) {
            LOG.info(() -> "Mail to " + mail.getRecipient() + ": " + mail.getSubject() + "\n" + mail.getBody());
        }
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            java.util.List<MailAttachment> files = mail.attachments(this::maker);
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
            if (transport == null) {
                Transport.send(message);
            } else {
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
            mail.sent(Instant.now());
            return true;
        } catch (MessagingException e) {
            mail.failed(e.getMessage());
            LOG.log(Level.WARNING, "Mail {0} not sent yet: {1}", new Object[] {id, e.getMessage()});
            return !unreachable(e);
        } catch (IllegalArgumentException | IllegalStateException fileNotMade) {
            // a file made at sending could not be made (what it shows is gone): the mail is failed with the reason, never half sent
            mail.failed(fileNotMade.getMessage());
            LOG.log(Level.WARNING, "Mail {0} not sent: {1}", new Object[] {id, fileNotMade.getMessage()});
            return true;
        }
    }

    /** The maker of files made at sending that is named so. */
    private MailFileMaker maker(String name) {
        for (MailFileMaker m : makers) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalStateException("no maker of mail files named " + name);
    }

    /** Whether the SMTP server was not reached at all (refused, silent or unknown), rather than refusing this mail. */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
