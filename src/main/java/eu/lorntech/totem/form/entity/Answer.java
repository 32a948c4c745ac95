package eu.lorntech.totem.form.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collection;

/**
 * A response's answer to one question of its form: a text value (choices one per line), or a
 * document for a PDF question. The question judges the value; the response's owner has already
 * judged that it may still change.
 */
@Entity
@Table(name = "form_answer")
@NamedQuery(name = Answer.OF_RESPONSE, query = "select a from Answer a join fetch a.question q where a.response = :response order by q.position")
@NamedQuery(name = Answer.TO_QUESTION, query = "select a from Answer a where a.response = :response and a.question = :question")
public class Answer {

    public static final String OF_RESPONSE = "Answer.ofResponse";
    public static final String TO_QUESTION = "Answer.toQuestion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private Response response;

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

    /** An empty answer of {@code response} to a question of its own form; any other question is "not found". */
    public Answer(Response response, Question question) {
        if (!response.answers(question)) {
            throw Refusal.notFound("question.notFound");
        }
        this.response = response;
        this.question = question;
    }

    public void write(String raw) {
        textValue = question.normalise(raw);
    }

    public void tick(Collection<String> choices) {
        textValue = question.normaliseChoices(choices);
    }

    /** Replaces the file; only a PDF question takes a document. */
    public void attach(Document newDocument) {
        if (question.getKind() != QuestionKind.PDF) {
            throw Refusal.invalid("answer.pdf.notExpected", question.getLabel());
        }
        document = newDocument;
    }

    public boolean isGiven() {
        return question.getKind() == QuestionKind.PDF ? document != null : textValue != null && !textValue.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Response getResponse() {
        return response;
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
