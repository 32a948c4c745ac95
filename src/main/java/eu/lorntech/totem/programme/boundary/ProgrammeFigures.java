package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.dashboard.DashboardCard;
import eu.lorntech.totem.platform.dashboard.DashboardContributor;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.entity.MentorAssignment;
import eu.lorntech.totem.programme.entity.Milestone;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Programme counts on the dashboards: a founder's late milestones; a mentor's startups; a manager's startups and late milestones at the site. */
@Stateless
public class ProgrammeFigures implements DashboardContributor {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    People people;

    @PermitAll
    @Override
    public List<DashboardCard> cards(Set<String> asked, Long siteId) {
        // the page says which roles to show; only those the caller holds count
        Set<String> roles = asked.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        List<DashboardCard> cards = new ArrayList<>();
        LocalDate today = Cohorts.today();
        people.current().ifPresent(me -> {
            if (roles.contains(Roles.FOUNDER)) {
                cards.add(new DashboardCard(200, "dashboard.myLateMilestones",
                        em.createNamedQuery(Milestone.COUNT_LATE_OF_FOUNDER, Long.class)
                                .setParameter("u", me.id()).setParameter("today", today).getSingleResult(), "/programme/my-startup.xhtml"));
            }
            if (roles.contains(Roles.MENTOR)) {
                cards.add(new DashboardCard(210, "dashboard.myMentees",
                        em.createNamedQuery(MentorAssignment.COUNT_OF_MENTOR, Long.class)
                                .setParameter("u", me.id()).getSingleResult(), "/programme/mentoring.xhtml"));
            }
        });
        if (siteId != null && (roles.contains(Roles.PROGRAMME_MANAGER) || roles.contains(Roles.ADMIN))
                && people.callerHolds(Roles.PROGRAMME_MANAGER, siteId)) {
            cards.add(new DashboardCard(220, "dashboard.startupsInCohorts",
                    em.createNamedQuery(Startup.COUNT_RUNNING_AT_SITE, Long.class)
                            .setParameter("s", siteId).setParameter("today", today).getSingleResult(), "/programme/cohorts.xhtml"));
            cards.add(new DashboardCard(230, "dashboard.lateMilestones",
                    em.createNamedQuery(Milestone.COUNT_LATE_AT_SITE, Long.class)
                            .setParameter("s", siteId).setParameter("today", today).getSingleResult(), "/programme/dashboard.xhtml"));
        }
        return cards;
    }
}
