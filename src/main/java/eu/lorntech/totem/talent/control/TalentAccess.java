package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.entity.Candidate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see and change a site's pathways: its programme managers and the admins. A candidate of
 * another site is "not found", as an unknown id: nobody learns that it exists.
 */
@Dependent
public class TalentAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    public boolean manages(Long siteId) {
        return siteId != null && people.callerHolds(Roles.PROGRAMME_MANAGER, siteId);
    }

    public void requireSite(Long siteId) {
        if (!manages(siteId)) {
            throw Refusal.forbidden("talent.site.notYours");
        }
    }

    public Candidate candidate(Long id) {
        return check(id == null ? null : em.find(Candidate.class, id));
    }

    /** The candidate's row locked until commit: moves of one candidate are served one after the other. */
    public Candidate candidateLocked(Long id) {
        return check(id == null ? null : em.find(Candidate.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Candidate check(Candidate c) {
        if (c == null || c.isAnonymised() || !manages(c.getSiteId())) {
            throw Refusal.notFound("talent.candidate.notFound");
        }
        return c;
    }
}
