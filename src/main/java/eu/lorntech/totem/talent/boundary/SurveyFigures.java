package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.platform.dashboard.DashboardCard;
import eu.lorntech.totem.platform.dashboard.DashboardContributor;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.SurveyAccess;
import eu.lorntech.totem.talent.entity.Campaign;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Set;

/** The needs surveys on the managers' dashboards: the campaigns open now on the sites they manage, leading to the campaigns. */
@Stateless
public class SurveyFigures implements DashboardContributor {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    SurveyAccess access;

    /** Open to all: the card is only built for a programme manager or an admin, counting the sites they manage. */
    @PermitAll
    @Override
    public List<DashboardCard> cards(Set<String> asked, Long siteId) {
        boolean manager = (asked.contains(Roles.PROGRAMME_MANAGER) && security.isCallerInRole(Roles.PROGRAMME_MANAGER))
                || (asked.contains(Roles.ADMIN) && security.isCallerInRole(Roles.ADMIN));
        if (!manager) {
            return List.of();
        }
        List<Long> sites = access.managedSites();
        if (sites.isEmpty()) {
            return List.of();
        }
        long open = em.createNamedQuery(Campaign.COUNT_OPEN_AT_SITES, Long.class).setParameter("sites", sites).setParameter("today", Surveys.today())
                .getSingleResult();
        return List.of(new DashboardCard(330, "survey.dashboard.open", open, "/talent/campaigns.xhtml"));
    }
}
