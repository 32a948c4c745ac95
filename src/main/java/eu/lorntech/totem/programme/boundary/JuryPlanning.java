package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.ApplicationStatus;
import eu.lorntech.totem.programme.entity.CallForApplications;
import eu.lorntech.totem.programme.entity.EvenAssignment;
import eu.lorntech.totem.programme.entity.JuryAssignment;
import eu.lorntech.totem.programme.entity.Score;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Programme managers name the jurors of a call's submitted applications: by hand (one application,
 * one juror), in bulk (several applications, one juror) or evenly (the system spreads the load).
 * Never a founder on their own application, never the same juror twice on one application.
 */
@Stateless
public class JuryPlanning {

    public record Juror(Long id, String name, String email) implements Serializable {
    }

    /** A submitted application with the names of its jurors. */
    public record Row(Long applicationId, String projectName, String status, List<String> jurors) implements Serializable {
        public String names() {
            return jurors.isEmpty() ? "—" : String.join(", ", jurors);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    eu.lorntech.totem.programme.control.ApplicationTeams teams;

    /** The people who may sit on the call's jury: mentors of its site. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Juror> jurors(Long callId) {
        CallForApplications call = managed(callId);
        return people.holding(Roles.MENTOR, call.getProgramme().getSiteId()).stream()
                .map(c -> new Juror(c.id(), c.displayName(), c.email())).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public CallSummary call(Long callId) {
        return CallSummary.of(managed(callId));
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Row> board(Long callId) {
        managed(callId);
        Map<Long, List<Long>> jurorsByApplication = assignments(callId).stream()
                .collect(Collectors.groupingBy(EvenAssignment.Pair::applicationId,
                        Collectors.mapping(EvenAssignment.Pair::jurorId, Collectors.toList())));
        return submitted(callId).stream().map(a -> new Row(a.getId(), a.getProjectName(), a.getStatus().name(),
                jurorsByApplication.getOrDefault(a.getId(), List.of()).stream()
                        .map(j -> people.byId(j).map(Caller::displayName).orElse("#" + j)).sorted().toList())).toList();
    }

    /** One juror on one application; a second time is refused. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void assign(Long applicationId, Long jurorId) {
        Application a = application(applicationId);
        CallForApplications call = managed(a.getCall().getId());
        Long juror = juror(jurorId);
        if (teams.isOnTeam(a, juror)) {
            throw Refusal.invalid("jury.ownApplication");
        }
        if (assignments(call.getId()).contains(new EvenAssignment.Pair(a.getId(), juror))) {
            throw Refusal.conflict("jury.alreadyAssigned");
        }
        em.persist(new JuryAssignment(a, juror));
    }

    /** Takes a juror off an application, unless they have scored it already (their scores stay part of the ranking). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void unassign(Long applicationId, Long jurorId) {
        Application a = application(applicationId);
        managed(a.getCall().getId());
        JuryAssignment j = em.createNamedQuery(JuryAssignment.BY_APPLICATION_AND_JUROR, JuryAssignment.class)
                .setParameter("a", a).setParameter("u", jurorId).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("assign.notAssigned"));
        long scores = em.createNamedQuery(Score.COUNT_OF_ASSIGNMENT, Long.class)
                .setParameter("j", j.getId()).getSingleResult();
        if (scores > 0) {
            throw Refusal.conflict("jury.alreadyScored");
        }
        em.remove(j);
    }

    /** One juror on several applications of a call; those they already have or own are skipped. Returns how many were added. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public int assignMany(Long callId, List<Long> applicationIds, Long jurorId) {
        CallForApplications call = managed(callId);
        Long juror = juror(jurorId);
        if (applicationIds == null || applicationIds.isEmpty()) {
            throw Refusal.invalid("jury.applicationsRequired");
        }
        Set<EvenAssignment.Pair> existing = new HashSet<>(assignments(callId));
        int added = 0;
        for (Long id : new LinkedHashSet<>(applicationIds)) {
            Application a = application(id);
            if (!a.getCall().getId().equals(callId)) {
                throw Refusal.notFound("application.notFound");
            }
            if (!teams.isOnTeam(a, juror) && existing.add(new EvenAssignment.Pair(id, juror))) {
                em.persist(new JuryAssignment(a, juror));
                added++;
            }
        }
        return added;
    }

    /** Gives each submitted application up to {@code perApplication} jurors among those chosen, spreading the load evenly. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public int assignEvenly(Long callId, List<Long> jurorIds, int perApplication) {
        CallForApplications call = managed(callId);
        // one planner at a time per call, so that two managers pressing the button do not both count the same load
        em.lock(call, LockModeType.PESSIMISTIC_WRITE);
        List<Long> jurors = new ArrayList<>();
        for (Long id : jurorIds == null ? List.<Long>of() : jurorIds) {
            jurors.add(juror(id));
        }
        if (jurors.isEmpty()) {
            throw Refusal.invalid("jury.jurorsRequired");
        }
        if (perApplication < 1 || perApplication > jurors.size()) {
            throw Refusal.invalid("jury.perApplication.invalid", jurors.size());
        }
        List<Application> apps = submitted(callId);
        List<EvenAssignment.Candidate> candidates = apps.stream().map(a -> new EvenAssignment.Candidate(a.getId(), a.getFounderId())).toList();
        List<EvenAssignment.Pair> pairs = EvenAssignment.spread(candidates, jurors, perApplication, new HashSet<>(assignments(callId)));
        Map<Long, Application> byId = apps.stream().collect(Collectors.toMap(Application::getId, a -> a));
        // the spread knows the lead founders; co-founders named on a team are left out here
        List<EvenAssignment.Pair> kept = pairs.stream().filter(p -> !teams.isOnTeam(byId.get(p.applicationId()), p.jurorId())).toList();
        kept.forEach(p -> em.persist(new JuryAssignment(byId.get(p.applicationId()), p.jurorId())));
        return kept.size();
    }

    private List<Application> submitted(Long callId) {
        return em.createNamedQuery(Application.NOT_IN_STATUS_OF_CALL, Application.class)
                .setParameter("c", callId).setParameter("draft", ApplicationStatus.DRAFT).getResultList();
    }

    private List<EvenAssignment.Pair> assignments(Long callId) {
        return em.createNamedQuery(JuryAssignment.PAIRS_OF_CALL, EvenAssignment.Pair.class).setParameter("c", callId).getResultList();
    }

    /** Only submitted applications get jurors; others are "not found" here. */
    private Application application(Long id) {
        Application a = id == null ? null : em.find(Application.class, id);
        if (a == null || a.getStatus() == ApplicationStatus.DRAFT) {
            throw Refusal.notFound("application.notFound");
        }
        return a;
    }

    private Long juror(Long jurorId) {
        Caller c = people.byId(jurorId).orElseThrow(() -> Refusal.notFound("jury.jurorNotFound"));
        return c.id();
    }

    /** A call of a site the caller manages; a call elsewhere is "not found" to anyone else. */
    private CallForApplications managed(Long callId) {
        CallForApplications call = callId == null ? null : em.find(CallForApplications.class, callId);
        if (call == null) {
            throw Refusal.notFound("call.notFound");
        }
        if (!people.callerHolds(Roles.PROGRAMME_MANAGER, call.getProgramme().getSiteId())) {
            throw Refusal.forbidden("error.forbidden");
        }
        return call;
    }
}
