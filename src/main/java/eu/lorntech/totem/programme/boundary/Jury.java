package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.form.entity.Document;
import eu.lorntech.totem.programme.entity.Criterion;
import eu.lorntech.totem.programme.entity.JuryAssignment;
import eu.lorntech.totem.programme.entity.Score;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Jurors: the applications assigned to them (none with a declared conflict), and their scores. */
@Stateless
public class Jury {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    FormAnswers forms;

    /** An assignment as its juror reads it: the application (anonymous when the call says so) and its answers. */
    public record AssignmentView(Long id, ApplicationSummary application, boolean conflict, List<FormViews.AnswerView> answers)
            implements java.io.Serializable {
    }

    /** All my assignments, conflicts included, without the answers. */
    @PermitAll
    public List<AssignmentView> myAssignments() {
        Caller me = people.requireCurrent();
        return em.createNamedQuery(JuryAssignment.OF_JUROR, JuryAssignment.class)
                .setParameter("u", me.id()).getResultStream()
                .map(j -> new AssignmentView(j.getId(), ApplicationSummary.of(j.getApplication(), j.getApplication().getCall().isAnonymousReview()),
                        j.isConflict(), List.of())).toList();
    }

    /** One of my assignments with the application's answers; anyone else's is "not found". */
    @PermitAll
    public AssignmentView myAssignment(Long assignmentId) {
        JuryAssignment j = mine(assignmentId);
        Application a = j.getApplication();
        return new AssignmentView(j.getId(), ApplicationSummary.of(a, a.getCall().isAnonymousReview()), j.isConflict(),
                forms.answers(a.getResponse()).stream().map(FormViews.AnswerView::of).toList());
    }

    /** The deck of an application assigned to me. */
    @PermitAll
    public FormViews.DocumentFile document(Long assignmentId, Long questionId) {
        Document d = forms.document(mine(assignmentId).getApplication().getResponse(), questionId);
        return new FormViews.DocumentFile(d.getFileName(), d.getContentType(), d.getContent());
    }

    private JuryAssignment mine(Long assignmentId) {
        Caller me = people.requireCurrent();
        JuryAssignment j = assignmentId == null ? null : em.find(JuryAssignment.class, assignmentId);
        if (j == null || !j.getJurorId().equals(me.id())) {
            throw Refusal.notFound("jury.assignmentNotFound");
        }
        return j;
    }

    /** My assignments without a conflict, anonymous when the call asks for it. */
    @PermitAll
    public List<ApplicationSummary> assignedToMe() {
        Caller me = people.requireCurrent();
        return em.createNamedQuery(JuryAssignment.WITHOUT_CONFLICT_OF_JUROR, JuryAssignment.class)
                .setParameter("u", me.id()).getResultStream()
                .map(j -> ApplicationSummary.of(j.getApplication(), j.getApplication().getCall().isAnonymousReview())).toList();
    }

    @PermitAll
    public void declareConflict(Long applicationId) {
        assignment(applicationId).declareConflict();
    }

    @PermitAll
    public void score(Long applicationId, Long criterionId, int points, String remark) {
        JuryAssignment j = assignment(applicationId);
        j.requireScorable();
        Long callId = j.getApplication().getCall().getId();
        boolean criterionOfCall = !em.createNamedQuery(Criterion.ID_IN_CALL, Long.class)
                .setParameter("id", criterionId).setParameter("call", callId).getResultList().isEmpty();
        if (!criterionOfCall) {
            throw Refusal.notFound("criterion.notFound");
        }
        Score existing = em.find(Score.class, new Score.Key(j.getId(), criterionId));
        if (existing == null) {
            em.persist(new Score(j.getId(), criterionId, points, remark));
        } else {
            existing.change(points, remark);
        }
    }

    /** The caller's assignment to an application; not assigned reads as "not found". */
    private JuryAssignment assignment(Long applicationId) {
        Caller me = people.requireCurrent();
        return em.createNamedQuery(JuryAssignment.BY_APPLICATION_ID_AND_JUROR, JuryAssignment.class)
                .setParameter("a", applicationId).setParameter("u", me.id()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("application.notFound"));
    }
}
