package eu.lorntech.totem.programme.control;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.programme.entity.Answer;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.ApplicationForm;
import eu.lorntech.totem.programme.entity.Document;
import eu.lorntech.totem.programme.entity.Question;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Loads a call's questions and an application's answers; creates an answer the first time a question is answered. */
@Dependent
public class FormAnswers {

    @PersistenceContext
    EntityManager em;

    public List<Question> questions(Long callId) {
        return em.createQuery("select q from Question q where q.callId = :c order by q.position", Question.class)
                .setParameter("c", callId).getResultList();
    }

    public List<Answer> answers(Application application) {
        return em.createQuery("select a from Answer a join fetch a.question q where a.application = :a order by q.position", Answer.class)
                .setParameter("a", application).getResultList();
    }

    public ApplicationForm form(Application application) {
        return new ApplicationForm(questions(application.getCall().getId()), answers(application));
    }

    /** The question of the application's call, or "not found" for any other id. */
    public Question question(Application application, Long questionId) {
        Question q = questionId == null ? null : em.find(Question.class, questionId);
        if (q == null || !q.getCallId().equals(application.getCall().getId())) {
            throw Refusal.notFound("question.notFound");
        }
        return q;
    }

    /** The deck an application holds for a question, or "not found". */
    public Document document(Application application, Long questionId) {
        Question q = question(application, questionId);
        return answers(application).stream().filter(a -> a.getQuestion().equals(q) && a.getDocument() != null).findFirst()
                .map(Answer::getDocument).orElseThrow(() -> Refusal.notFound("document.notFound"));
    }

    public Answer answerTo(Application application, Question question) {
        return em.createQuery("select a from Answer a where a.application = :a and a.question = :q", Answer.class)
                .setParameter("a", application).setParameter("q", question).getResultStream().findFirst()
                .orElseGet(() -> {
                    Answer created = new Answer(application, question);
                    em.persist(created);
                    return created;
                });
    }
}
