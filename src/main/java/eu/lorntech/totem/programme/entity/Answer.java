package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;

/** An application's answer to one question of the call's form: a text value, or a document for a PDF question. */
@Entity
@Table(name = "answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "text_value")
    private String textValue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    protected Answer() {
    }

    /** An empty answer of {@code application} to a question of its own call. */
    public Answer(Application application, Question question) {
        if (!java.util.Objects.equals(question.getCallId(), application.getCall().getId())) {
            throw Refusal.notFound("question.notFound");
        }
        this.application = application;
        this.question = question;
    }

    public void write(String raw, Instant now) {
        requireEditable(now);
        textValue = question.normalise(raw);
    }

    public void tick(Collection<String> choices, Instant now) {
        requireEditable(now);
        textValue = question.normaliseChoices(choices);
    }

    /** Replaces the deck; only a PDF question takes a document. */
    public void attach(Document newDocument, Instant now) {
        requireEditable(now);
        if (question.getKind() != QuestionKind.PDF) {
            throw Refusal.invalid("answer.pdf.notExpected", question.getLabel());
        }
        document = newDocument;
    }

    /** Same rule as the application's own fields: changes until the deadline, and never once decided. */
    private void requireEditable(Instant now) {
        application.getCall().requireOpen(now);
        ApplicationStatus s = application.getStatus();
        if (s != ApplicationStatus.DRAFT && s != ApplicationStatus.SUBMITTED) {
            throw Refusal.conflict("application.decided");
        }
    }

    public boolean isGiven() {
        return question.getKind() == QuestionKind.PDF ? document != null : textValue != null && !textValue.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public Question getQuestion() {
        return question;
    }

    public String getTextValue() {
        return textValue;
    }

    public Document getDocument() {
        return document;
    }
}
