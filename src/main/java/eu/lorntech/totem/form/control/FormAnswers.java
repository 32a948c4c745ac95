package eu.lorntech.totem.form.control;

import eu.lorntech.totem.form.entity.Answer;
import eu.lorntech.totem.form.entity.Document;
import eu.lorntech.totem.form.entity.FilledForm;
import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.FormPurpose;
import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.QuestionKind;
import eu.lorntech.totem.form.entity.Response;
import eu.lorntech.totem.platform.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * The form engine's store: a form's questions, a response's answers, an answer created the first
 * time a question is answered. The module that owns a form or a response has checked who asks.
 */
@Dependent
public class FormAnswers {

    public static final int MAX_QUESTIONS = 40;

    @PersistenceContext
    EntityManager em;

    /** Asks {@code drafts} in their order on {@code form}, or refuses the first invalid one (nothing is kept then: the caller's transaction rolls back). */
    public void ask(Form form, List<QuestionDraft> drafts) {
        append(form, 0, drafts);
    }

    /**
     * The form's questions become {@code drafts}, the earlier ones removed (the caller makes sure that
     * nobody has answered the form), or refuses the first invalid draft.
     */
    public void replace(Form form, List<QuestionDraft> drafts) {
        if (drafts.size() > MAX_QUESTIONS) {
            throw Refusal.invalid("question.tooMany", MAX_QUESTIONS);
        }
        questions(form.getId()).forEach(em::remove);
        em.flush();
        ask(form, drafts);
    }

    /** Asks {@code drafts} after the {@code asked} questions the form already has, refusing the first invalid one. */
    public void append(Form form, int asked, List<QuestionDraft> drafts) {
        if (asked + drafts.size() > MAX_QUESTIONS) {
            throw Refusal.invalid("question.tooMany", MAX_QUESTIONS);
        }
        int position = asked + 1;
        for (QuestionDraft q : drafts) {
            QuestionKind kind;
            try {
                kind = QuestionKind.valueOf(q.kind() == null ? "" : q.kind());
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("question.kind.required");
            }
            em.persist(new Question(form, position++, kind, q.label(), q.choices(), q.required()));
        }
    }

    /** A new question as a module receives it: the kind by name, choices one per line. */
    public record QuestionDraft(String kind, String label, String choices, boolean required) {
    }

    public Form newForm(FormPurpose purpose) {
        Form f = new Form(purpose);
        em.persist(f);
        return f;
    }

    public List<Question> questions(Long formId) {
        return em.createNamedQuery(Question.OF_FORM, Question.class).setParameter("form", formId).getResultList();
    }

    public List<Answer> answers(Response response) {
        return em.createNamedQuery(Answer.OF_RESPONSE, Answer.class).setParameter("response", response).getResultList();
    }

    public FilledForm filled(Response response) {
        return new FilledForm(questions(response.getForm().getId()), answers(response));
    }

    /** The question of the response's form, or "not found" for any other id. */
    public Question question(Response response, Long questionId) {
        Question q = questionId == null ? null : em.find(Question.class, questionId);
        if (q == null || !response.answers(q)) {
            throw Refusal.notFound("question.notFound");
        }
        return q;
    }

    /** The file a response holds for a question, or "not found". */
    public Document document(Response response, Long questionId) {
        Question q = question(response, questionId);
        return answers(response).stream().filter(a -> a.getQuestion().equals(q) && a.getDocument() != null).findFirst()
                .map(Answer::getDocument).orElseThrow(() -> Refusal.notFound("document.notFound"));
    }

    public Answer answerTo(Response response, Question question) {
        return em.createNamedQuery(Answer.TO_QUESTION, Answer.class).setParameter("response", response).setParameter("question", question)
                .getResultStream().findFirst().orElseGet(() -> {
                    Answer created = new Answer(response, question);
                    em.persist(created);
                    return created;
                });
    }

    /** Writes a text or a number answer to a question of the response's form. */
    public void write(Response response, Long questionId, String text) {
        answerTo(response, question(response, questionId)).write(text);
    }

    /** Ticks choices of a multiple-choice question of the response's form. */
    public void tick(Response response, Long questionId, Collection<String> ticked) {
        answerTo(response, question(response, questionId)).tick(ticked);
    }

    /** Keeps a PDF as the answer to a question of the response's form; a file that is not a PDF is refused. */
    public void attachPdf(Response response, Long questionId, String fileName, byte[] content, Long uploadedBy, java.time.Instant now) {
        Question q = question(response, questionId);
        Document d = Document.pdf(fileName, content, uploadedBy, now);
        answerTo(response, q).attach(d);
        em.persist(d);
    }
}
