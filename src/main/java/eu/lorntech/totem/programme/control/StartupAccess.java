package eu.lorntech.totem.programme.control;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.entity.Cohort;
import eu.lorntech.totem.programme.entity.MentorAssignment;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see and change what after the selection: the programme managers of the programme's site
 * (and admins), the startup's founder, its assigned mentors. Anybody else is told "not found".
 */
@Dependent
public class StartupAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    public boolean manages(Programme programme) {
        return people.callerHolds(Roles.PROGRAMME_MANAGER, programme.getSiteId());
    }

    public Programme managedProgramme(Long programmeId) {
        Programme p = programmeId == null ? null : em.find(Programme.class, programmeId);
        if (p == null) {
            throw Refusal.notFound("programme.notFound");
        }
        requireManager(p);
        return p;
    }

    public Cohort managedCohort(Long cohortId) {
        Cohort c = cohortId == null ? null : em.find(Cohort.class, cohortId);
        if (c == null) {
            throw Refusal.notFound("cohort.notFound");
        }
        requireManager(c.getProgramme());
        return c;
    }

    public Startup managedStartup(Long startupId) {
        Startup s = find(startupId);
        requireManager(s.getCohort().getProgramme());
        return s;
    }

    /** The startup if the caller manages it, leads it or mentors it. */
    public Startup readable(Long startupId) {
        Startup s = find(startupId);
        if (!canRead(s)) {
            throw Refusal.notFound("startup.notFound");
        }
        return s;
    }

    /** The startup if the caller leads it or manages it (founders write their KPIs and milestones). */
    public Startup writable(Long startupId) {
        Startup s = find(startupId);
        Caller me = people.requireCurrent();
        if (!s.isLedBy(me.id()) && !manages(s.getCohort().getProgramme())) {
            throw Refusal.notFound("startup.notFound");
        }
        return s;
    }

    public boolean canRead(Startup s) {
        Caller me = people.requireCurrent();
        return s.isLedBy(me.id()) || mentors(me.id(), s.getId()) || manages(s.getCohort().getProgramme());
    }

    public boolean mentors(Long mentorId, Long startupId) {
        return em.find(MentorAssignment.class, new MentorAssignment.Key(startupId, mentorId)) != null;
    }

    private Startup find(Long startupId) {
        Startup s = startupId == null ? null : em.find(Startup.class, startupId);
        if (s == null) {
            throw Refusal.notFound("startup.notFound");
        }
        return s;
    }

    private void requireManager(Programme p) {
        if (!manages(p)) {
            throw Refusal.forbidden("error.forbidden");
        }
    }
}
