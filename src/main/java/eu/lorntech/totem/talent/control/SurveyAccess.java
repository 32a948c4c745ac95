package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.talent.entity.Campaign;
import eu.lorntech.totem.talent.entity.Invitation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who reaches a campaign: the programme managers of its site and the admins; anyone else is told it
 * does not exist (as an unknown id). A company reaches only its own invitation, by the token of its link.
 */
@Dependent
public class SurveyAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    TalentAccess talent;

    @Inject
    Sites sites;

    /** The sites whose campaigns the caller manages (every site for an admin). */
    public List<Long> managedSites() {
        return sites.all().stream().map(Sites.SiteView::id).filter(talent::manages).toList();
    }

    public boolean manages(Long siteId) {
        return talent.manages(siteId);
    }

    public Campaign campaign(Long id) {
        return check(id == null ? null : em.find(Campaign.class, id));
    }

    /** The campaign's row locked until commit: invitations, reminders and workshops of one campaign are served one after the other. */
    public Campaign campaignLocked(Long id) {
        return check(id == null ? null : em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Campaign check(Campaign c) {
        if (c == null || !talent.manages(c.getSiteId())) {
            throw Refusal.notFound("survey.campaign.notFound");
        }
        return c;
    }

    /** The invitation of a personal link, or "not found" (a token that cannot be one never reaches the database). */
    public Invitation byToken(String token, boolean lock) {
        if (!Invitation.looksLikeToken(token)) {
            throw Refusal.notFound("survey.link.unknown");
        }
        var query = em.createNamedQuery(Invitation.BY_TOKEN, Invitation.class).setParameter("token", token);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("survey.link.unknown"));
    }
}
