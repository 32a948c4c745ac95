package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.platform.dashboard.DashboardCard;
import eu.lorntech.totem.platform.dashboard.DashboardContributor;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.TalentAccess;
import eu.lorntech.totem.talent.entity.Candidate;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Talent counts on the dashboards of the site's programme managers: candidates on the pathways, consents to renew. */
@Stateless
public class TalentFigures implements DashboardContributor {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    TalentAccess access;

    @PermitAll
    @Override
    public List<DashboardCard> cards(Set<String> asked, Long siteId) {
        List<DashboardCard> cards = new ArrayList<>();
        boolean manager = (asked.contains(Roles.PROGRAMME_MANAGER) && security.isCallerInRole(Roles.PROGRAMME_MANAGER))
                || (asked.contains(Roles.ADMIN) && security.isCallerInRole(Roles.ADMIN));
        if (siteId == null || !manager || !access.manages(siteId)) {
            return cards;
        }
        cards.add(new DashboardCard(300, "dashboard.talentCandidates",
                em.createNamedQuery(Candidate.COUNT_ON_BOARD_AT_SITE, Long.class).setParameter("site", siteId).getSingleResult(),
                "/talent/board.xhtml"));
        cards.add(new DashboardCard(310, "dashboard.consentsToRenew",
                em.createNamedQuery(Candidate.COUNT_CONSENT_EXPIRED_AT_SITE, Long.class).setParameter("site", siteId)
                        .setParameter("today", LocalDate.now(ZoneId.of("Europe/Paris"))).getSingleResult(),
                "/talent/board.xhtml"));
        return cards;
    }
}
