package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.programme.control.FormAnswers;
import eu.lorntech.totem.programme.control.ProgrammeMails;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.CallForApplications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Founders' applications: a draft, edited and submitted before the deadline; only theirs, ever. */
@Stateless
@PermitAll
public class Applications {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    FormAnswers forms;

    @Inject
    ProgrammeMails mails;

    public ApplicationView draft(Long callId, String projectName, String summary) {
        Caller me = people.requireCurrent();
        CallForApplications call = callId == null ? null : em.find(CallForApplications.class, callId);
        if (call == null) {
            throw Refusal.notFound("call.notFound");
        }
        Application a = new Application(call, me.id(), projectName, summary, Instant.now());
        em.persist(a);
        return ApplicationView.of(a, false);
    }

    public ApplicationView edit(Long applicationId, String summary) {
        Application a = mine(applicationId);
        a.edit(summary, Instant.now());
        return ApplicationView.of(a, false);
    }

    public ApplicationView submit(Long applicationId) {
        Application a = mine(applicationId);
        forms.form(a).requireComplete();
        a.submit(Instant.now());
        mails.receipt(a);
        return ApplicationView.of(a, false);
    }

    public ApplicationView read(Long applicationId) {
        return ApplicationView.of(mine(applicationId), false);
    }

    /** My application to a call, if I started one. */
    public java.util.Optional<ApplicationView> mineFor(Long callId) {
        Caller me = people.requireCurrent();
        return em.createQuery("select a from Application a join fetch a.call where a.founderId = :u and a.call.id = :c order by a.id", Application.class)
                .setParameter("u", me.id()).setParameter("c", callId).setMaxResults(1).getResultStream().findFirst()
                .map(a -> ApplicationView.of(a, false));
    }

    public List<ApplicationView> mine() {
        Caller me = people.requireCurrent();
        return em.createQuery("select a from Application a join fetch a.call where a.founderId = :u order by a.id desc", Application.class)
                .setParameter("u", me.id()).getResultStream().map(a -> ApplicationView.of(a, false)).toList();
    }

    /** Someone else's application is "not found", whatever the id tried. */
    private Application mine(Long applicationId) {
        Caller me = people.requireCurrent();
        Application a = applicationId == null ? null : em.find(Application.class, applicationId);
        if (a == null || !a.isOwnedBy(me.id())) {
            throw Refusal.notFound("application.notFound");
        }
        return a;
    }
}
