package eu.lorntech.totem.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail waiting in the outbox, written in the same transaction as the change it tells about. */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboundMail.PENDING,
        query = "select m.id from OutboundMail m where m.sentAt is null and m.attempts < :maxAttempts order by m.createdAt")
public class OutboundMail {
    public static final String PENDING = "OutboundMail.pending";
    static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String subject;
    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @jakarta.persistence.Lob
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    private byte[] attachment;

    protected OutboundMail() {
    }

    OutboundMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 250 ? subject.substring(0, 250) : subject;
        this.body = body;
        this.createdAt = now;
    }

    OutboundMail attach(MailAttachment file) {
        if (file != null) {
            attachmentName = file.name();
            attachmentType = file.contentType();
            attachment = file.content();
        }
        return this;
    }

    /** The file this mail carries, or null. */
    MailAttachment attachment() {
        return attachmentName == null ? null : new MailAttachment(attachmentName, attachmentType, attachment);
    }

    void sent(Instant now) {
        sentAt = now;
        attempts++;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
    }

    boolean isPending() {
        return sentAt == null && attempts < MAX_ATTEMPTS;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
