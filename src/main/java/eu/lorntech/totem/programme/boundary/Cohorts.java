package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.control.MilestonePlans;
import eu.lorntech.totem.programme.control.StartupAccess;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.Cohort;
import eu.lorntech.totem.programme.entity.MentorAssignment;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * After the selection: cohorts, their startups (from accepted applications or added by hand) and
 * their mentors. Milestones, from the programme's template to the evidence, are {@link Milestones}'.
 */
@Stateless
public class Cohorts {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public record ProgrammeRef(Long id, String name, String kind, Long siteId) implements Serializable {
    }

    public record CohortView(Long id, Long programmeId, String programmeName, String name, LocalDate startsOn, LocalDate endsOn,
            long startups) implements Serializable {
    }

    public record StartupView(Long id, String name, Long cohortId, String cohortName, String programmeName, Long founderId,
            String founderName, List<String> mentors) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    StartupAccess access;

    @Inject
    MilestonePlans plans;

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The programmes of the sites where the caller is a programme manager (all of them for admins), those with cohorts first. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<ProgrammeRef> managedProgrammes() {
        List<Long> withCohorts = em.createNamedQuery(Cohort.PROGRAMME_IDS, Long.class).getResultList();
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultStream()
                .filter(access::manages).map(p -> new ProgrammeRef(p.getId(), p.getName(), p.getKind().name(), p.getSiteId()))
                .sorted(java.util.Comparator.comparing((ProgrammeRef p) -> !withCohorts.contains(p.id()))).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long createCohort(Long programmeId, String name, LocalDate startsOn, LocalDate endsOn) {
        Programme p = access.managedProgramme(programmeId);
        Cohort c = new Cohort(p, name, startsOn, endsOn);
        requireUniqueName(p.getId(), c.getName());
        em.persist(c);
        return c.getId();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<CohortView> cohorts(Long programmeId) {
        access.managedProgramme(programmeId);
        return em.createNamedQuery(Cohort.ROWS_WITH_STARTUPS_OF_PROGRAMME, Object[].class)
                .setParameter("p", programmeId).getResultStream()
                .map(r -> new CohortView((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (LocalDate) r[5],
                        ((Number) r[6]).longValue())).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public CohortView cohort(Long cohortId) {
        Cohort c = access.managedCohort(cohortId);
        long n = em.createNamedQuery(Startup.COUNT_IN_COHORT, Long.class).setParameter("c", c).getSingleResult();
        return new CohortView(c.getId(), c.getProgramme().getId(), c.getProgramme().getName(), c.getName(), c.getStartsOn(), c.getEndsOn(), n);
    }

    /** Accepted applications of the cohort's programme that have not joined a cohort yet. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<ApplicationSummary> admissible(Long cohortId) {
        Cohort c = access.managedCohort(cohortId);
        return em.createNamedQuery(Application.ADMISSIBLE_TO_PROGRAMME, Application.class)
                .setParameter("p", c.getProgramme()).getResultStream().map(a -> ApplicationSummary.of(a, false)).toList();
    }

    /** An accepted application joins the cohort as a startup, with its milestones made from the template. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long admit(Long applicationId, Long cohortId) {
        Cohort c = access.managedCohort(cohortId);
        Application a = applicationId == null ? null : em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw Refusal.notFound("application.notFound");
        }
        boolean already = !em.createNamedQuery(Startup.ID_BY_APPLICATION, Long.class)
                .setParameter("a", a.getId()).getResultList().isEmpty();
        if (already) {
            throw Refusal.conflict("cohort.alreadyAdmitted");
        }
        Startup s = Startup.admit(a, c, today());
        requireUniqueStartup(c, s.getName());
        em.persist(s);
        plans.plan(s);
        return s.getId();
    }

    /** A startup added by hand (joined without a call), led by an existing person. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long addStartup(Long cohortId, String name, String founderEmail) {
        Cohort c = access.managedCohort(cohortId);
        Caller founder = people.byEmail(founderEmail).orElseThrow(() -> Refusal.notFound("booking.member.notFound", founderEmail));
        Startup s = new Startup(c, name, founder.id(), today());
        requireUniqueStartup(c, s.getName());
        em.persist(s);
        plans.plan(s);
        return s.getId();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<StartupView> startups(Long cohortId) {
        Cohort c = access.managedCohort(cohortId);
        return views(em.createNamedQuery(Startup.OF_COHORT, Startup.class).setParameter("c", c).getResultList());
    }

    /** The startups the caller leads, in every programme. */
    @PermitAll
    public List<StartupView> myStartups() {
        Caller me = people.requireCurrent();
        return views(em.createNamedQuery(Startup.OF_FOUNDER, Startup.class).setParameter("u", me.id()).getResultList());
    }

    @PermitAll
    public StartupView startup(Long startupId) {
        return view(access.readable(startupId));
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void assignMentor(Long startupId, String mentorEmail) {
        Startup s = access.managedStartup(startupId);
        Caller mentor = people.byEmail(mentorEmail).orElseThrow(() -> Refusal.notFound("booking.member.notFound", mentorEmail));
        if (!mentor.roles().contains(Roles.MENTOR)) {
            throw Refusal.invalid("mentoring.notAMentor", mentor.displayName());
        }
        if (s.isLedBy(mentor.id())) {
            throw Refusal.invalid("mentoring.ownStartup");
        }
        if (!access.mentors(mentor.id(), s.getId())) {
            em.persist(new MentorAssignment(s.getId(), mentor.id()));
        }
    }

    private StartupView view(Startup s) {
        return views(List.of(s)).get(0);
    }

    /** The startups a mentor follows; only they may ask (Mentoring asks for the caller's own). */
    @PermitAll
    public List<StartupView> mentoredBy(Long mentorId) {
        if (mentorId == null || !mentorId.equals(people.requireCurrent().id())) {
            throw Refusal.forbidden("error.forbidden");
        }
        return views(em.createNamedQuery(Startup.MENTORED_BY, Startup.class).setParameter("u", mentorId).getResultList());
    }

    /** Views of startups with their founder's and mentors' names: two queries whatever the number of startups. */
    private List<StartupView> views(List<Startup> startups) {
        if (startups.isEmpty()) {
            return List.of();
        }
        List<MentorAssignment> mentors = em.createNamedQuery(MentorAssignment.OF_STARTUPS, MentorAssignment.class)
                .setParameter("s", startups.stream().map(Startup::getId).toList()).getResultList();
        java.util.Set<Long> people = new java.util.HashSet<>();
        startups.forEach(s -> people.add(s.getFounderId()));
        mentors.forEach(m -> people.add(m.getMentorId()));
        java.util.Map<Long, String> names = this.people.names(people);
        return startups.stream().map(s -> new StartupView(s.getId(), s.getName(), s.getCohort().getId(), s.getCohort().getName(),
                s.getCohort().getProgramme().getName(), s.getFounderId(), names.getOrDefault(s.getFounderId(), "?"),
                mentors.stream().filter(m -> m.getStartupId().equals(s.getId())).map(m -> names.getOrDefault(m.getMentorId(), "?"))
                        .sorted().toList())).toList();
    }

    private void requireUniqueName(Long programmeId, String name) {
        if (!em.createNamedQuery(Cohort.ID_BY_PROGRAMME_AND_NAME, Long.class)
                .setParameter("p", programmeId).setParameter("n", name).getResultList().isEmpty()) {
            throw Refusal.conflict("cohort.name.taken", name);
        }
    }

    private void requireUniqueStartup(Cohort c, String name) {
        if (!em.createNamedQuery(Startup.ID_BY_COHORT_AND_NAME, Long.class)
                .setParameter("c", c).setParameter("n", name).getResultList().isEmpty()) {
            throw Refusal.conflict("startup.name.taken", name);
        }
    }
}
