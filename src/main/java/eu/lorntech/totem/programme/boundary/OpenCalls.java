package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.entity.CallForApplications;
import eu.lorntech.totem.programme.entity.Criterion;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What anyone may read: the calls open now, and the criteria a call is judged on. */
@Stateless
public class OpenCalls {

    public record CriterionView(Long id, String name, int weight) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @PermitAll
    public List<CallSummary> openNow(Long siteId) {
        Instant now = Instant.now();
        var query = em.createNamedQuery(siteId == null ? CallForApplications.OPEN_NOW : CallForApplications.OPEN_NOW_AT_SITE,
                CallForApplications.class).setParameter("now", now);
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        return query.getResultStream().map(CallSummary::of).toList();
    }

    @PermitAll
    public CallSummary one(Long callId) {
        CallForApplications c = callId == null ? null : em.find(CallForApplications.class, callId);
        if (c == null) {
            throw Refusal.notFound("call.notFound");
        }
        return CallSummary.of(c);
    }

    @PermitAll
    public List<CriterionView> criteria(Long callId) {
        return em.createNamedQuery(Criterion.OF_CALL_BY_WEIGHT, Criterion.class)
                .setParameter("c", callId).getResultStream().map(c -> new CriterionView(c.getId(), c.getName(), c.getWeight())).toList();
    }

    /** Calls a programme manager may rank: those of the programmes at the given site; none at a site they do not manage. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<CallSummary> ofSite(Long siteId) {
        if (!people.callerHolds(Roles.PROGRAMME_MANAGER, siteId)) {
            return List.of();
        }
        return em.createNamedQuery(CallForApplications.OF_SITE, CallForApplications.class).setParameter("site", siteId)
                .getResultStream().map(CallSummary::of).toList();
    }
}
