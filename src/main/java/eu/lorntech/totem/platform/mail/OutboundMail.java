package eu.lorntech.totem.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** A mail waiting in the outbox, written in the same transaction as the change it tells about. */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboundMail.PENDING,
        query = "select m.id from OutboundMail m where m.sentAt is null and m.attempts < :maxAttempts order by m.createdAt")
@NamedQuery(name = OutboundMail.FRESH,
        query = "select m.id from OutboundMail m where m.sentAt is null and m.attempts = 0 order by m.createdAt")
@NamedQuery(name = OutboundMail.FAILING_OF_TOPIC,
        query = "select m from OutboundMail m where m.topic = :topic and m.sentAt is null and m.attempts >= :attempts order by m.createdAt")
@NamedQuery(name = OutboundMail.COUNT_UNSENT_OF_TOPIC,
        query = "select count(m) from OutboundMail m where m.topic = :topic and m.sentAt is null")
public class OutboundMail {
    public static final String PENDING = "OutboundMail.pending";
    public static final String FRESH = "OutboundMail.fresh";
    public static final String FAILING_OF_TOPIC = "OutboundMail.failingOfTopic";
    public static final String COUNT_UNSENT_OF_TOPIC = "OutboundMail.countUnsentOfTopic";
    static final int MAX_ATTEMPTS = 10;

    /** From blocks of 50 (V18), so that a batch of them is inserted in a few statements. */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "mail_ids")
    @TableGenerator(name = "mail_ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_val",
            pkColumnValue = "mail_outbox", allocationSize = 50)
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

    /** What the mail is about, such as "event:12", for the module that lists its failing mails; may be null. */
    private String topic;

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "mail_file", joinColumns = @jakarta.persistence.JoinColumn(name = "mail_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    @org.hibernate.annotations.ListIndexBase(1)
    private java.util.List<MailFile> files = new java.util.ArrayList<>();

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
            files.add(new MailFile(file));
        }
        return this;
    }

    OutboundMail about(String topic) {
        this.topic = topic == null ? null : topic.substring(0, Math.min(60, topic.length()));
        return this;
    }

    /** The files this mail carries, in their order (none for most mails), those made at sending made now by {@code makers}. */
    java.util.List<MailAttachment> attachments(java.util.function.Function<String, MailFileMaker> makers) {
        return files.stream().map(f -> f.attachment(makers)).toList();
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
