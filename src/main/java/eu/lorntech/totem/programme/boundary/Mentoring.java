package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.control.StartupAccess;
import eu.lorntech.totem.programme.entity.MentoringSession;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Mentors: the startups assigned to them and the sessions they log; managers: hours per mentor and per startup. */
@Stateless
public class Mentoring {

    public record SessionView(Long id, Long startupId, String startupName, String mentorName, LocalDate heldOn, int minutes,
            String topics, String nextSteps) implements Serializable {
    }

    /** Minutes of mentoring summed for one mentor or one startup, with the number of sessions. */
    public record Hours(Long id, String name, long sessions, long minutes) implements Serializable {
        public double hours() {
            return minutes / 60.0;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    StartupAccess access;

    @Inject
    Cohorts cohorts;

    /** The startups the caller mentors. */
    @PermitAll
    public List<Cohorts.StartupView> myMentees() {
        return cohorts.mentoredBy(people.requireCurrent().id());
    }

    /** Logs a session; only a mentor assigned to the startup may (any other startup reads as not found). */
    @PermitAll
    public Long log(Long startupId, LocalDate heldOn, int minutes, String topics, String nextSteps) {
        Caller me = people.requireCurrent();
        if (startupId == null || !access.mentors(me.id(), startupId)) {
            throw Refusal.notFound("startup.notFound");
        }
        MentoringSession s = new MentoringSession(startupId, me.id(), heldOn, minutes, topics, nextSteps, Cohorts.today());
        em.persist(s);
        return s.getId();
    }

    /** A startup's sessions, newest first, for its founder, its mentors and its managers. */
    @PermitAll
    public List<SessionView> sessions(Long startupId) {
        Startup s = access.readable(startupId);
        List<MentoringSession> sessions = em.createNamedQuery(MentoringSession.OF_STARTUP, MentoringSession.class).setParameter("s", s.getId()).getResultList();
        java.util.Map<Long, String> names = people.names(sessions.stream().map(MentoringSession::getMentorId).toList());
        return sessions.stream().map(m -> new SessionView(m.getId(), s.getId(), s.getName(), names.getOrDefault(m.getMentorId(), "?"),
                m.getHeldOn(), m.getMinutes(), m.getTopics(), m.getNextSteps())).toList();
    }

    /** Hours per mentor over a programme's startups (summed by the database). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Hours> hoursPerMentor(Long programmeId) {
        Programme p = access.managedProgramme(programmeId);
        List<Object[]> rows = em.createNamedQuery(MentoringSession.HOURS_PER_MENTOR_OF_PROGRAMME, Object[].class)
                .setParameter("p", p).getResultList();
        java.util.Map<Long, String> names = people.names(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new Hours((Long) r[0], names.getOrDefault((Long) r[0], "?"), (Long) r[1], ((Number) r[2]).longValue()))
                .sorted(java.util.Comparator.comparing(Hours::minutes).reversed()).toList();
    }

    /** Hours per startup of a cohort, every startup listed (zero when nobody met it). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Hours> hoursPerStartup(Long cohortId) {
        access.managedCohort(cohortId);
        return em.createNamedQuery(MentoringSession.HOURS_PER_STARTUP_OF_COHORT, Object[].class)
                .setParameter("c", cohortId).getResultStream()
                .map(r -> new Hours((Long) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }
}
