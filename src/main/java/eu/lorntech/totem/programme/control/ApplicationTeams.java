package eu.lorntech.totem.programme.control;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.TeamMember;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Who may work on an application: its lead founder and the co-founders they named. Anyone else reads "not found". */
@Dependent
public class ApplicationTeams {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    /** The application if the caller is on its team. */
    public Application ofMyTeam(Long applicationId) {
        Caller me = people.requireCurrent();
        Application a = applicationId == null ? null : em.find(Application.class, applicationId);
        if (a == null || !isOnTeam(a, me.id())) {
            throw Refusal.notFound("application.notFound");
        }
        return a;
    }

    public boolean isOnTeam(Application a, Long userId) {
        return a.isOwnedBy(userId) || em.find(TeamMember.class, new TeamMember.Key(a.getId(), userId)) != null;
    }
}
