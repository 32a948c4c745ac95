package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.entity.Organisation;
import eu.lorntech.totem.identity.entity.OrganisationKind;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.identity.entity.Site;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.dashboard.DashboardCard;
import eu.lorntech.totem.platform.dashboard.DashboardContributor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The identity module's counts on the dashboards: accounts, startups, companies, schools of the site. */
@Stateless
public class IdentityFigures implements DashboardContributor {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @PermitAll
    @Override
    public List<DashboardCard> cards(Set<String> asked, Long siteId) {
        // the page says which roles to show; only those the caller holds count
        Set<String> roles = asked.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        List<DashboardCard> cards = new ArrayList<>();
        Site site = siteId == null ? null : em.find(Site.class, siteId);
        if (roles.contains(Roles.ADMIN)) {
            cards.add(new DashboardCard(10, "dashboard.activeUsers",
                    em.createNamedQuery(User.COUNT_ACTIVE, Long.class).getSingleResult(), "/identity/admin/users.xhtml"));
        }
        if (site == null) {
            return cards;
        }
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.SPACE_MANAGER)) {
            cards.add(new DashboardCard(20, "dashboard.members", countUsers(Role.MEMBER, site), null));
        }
        if (!roles.isEmpty()) {
            cards.add(new DashboardCard(30, "dashboard.startups", countOrgs(OrganisationKind.STARTUP, site), null));
        }
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.PARTNER_COMPANY) || roles.contains(Roles.CANDIDATE)
                || roles.contains(Roles.PROGRAMME_MANAGER)) {
            cards.add(new DashboardCard(40, "dashboard.companies", countOrgs(OrganisationKind.COMPANY, site), null));
            cards.add(new DashboardCard(50, "dashboard.schools", countOrgs(OrganisationKind.SCHOOL, site), null));
        }
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.PROGRAMME_MANAGER)) {
            cards.add(new DashboardCard(60, "dashboard.mentors", countUsers(Role.MENTOR, site), null));
        }
        return cards;
    }

    private long countOrgs(OrganisationKind kind, Site site) {
        return em.createNamedQuery(Organisation.COUNT_BY_SITE_AND_KIND, Long.class)
                .setParameter("site", site).setParameter("kind", kind).getSingleResult();
    }

    private long countUsers(Role role, Site site) {
        return em.createNamedQuery(User.COUNT_ACTIVE_WITH_ROLE_AT_SITE, Long.class)
                .setParameter("role", role).setParameter("site", site).getSingleResult();
    }
}
