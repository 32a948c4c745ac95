package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.control.ProgrammeMails;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.ApplicationStatus;
import eu.lorntech.totem.programme.entity.CallForApplications;
import eu.lorntech.totem.programme.entity.Criterion;
import eu.lorntech.totem.programme.entity.JuryAssignment;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.ProgrammeKind;
import eu.lorntech.totem.programme.entity.Ranking;
import eu.lorntech.totem.programme.entity.Score;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Programme managers: programmes, calls with weighted criteria, jurors, the ranking and the decision. */
@Stateless
public class Calls {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    eu.lorntech.totem.programme.control.ApplicationTeams teams;

    @Inject
    ProgrammeMails mails;

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long createProgramme(Long siteId, ProgrammeKind kind, String name, String description) {
        requireManager(siteId);
        Programme p = new Programme(siteId, kind, name, description);
        em.persist(p);
        return p.getId();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long openCall(Long programmeId, String title, Instant opensAt, Instant closesAt, boolean anonymous, Map<String, Integer> criteria) {
        Programme programme = find(Programme.class, programmeId, "programme.notFound");
        requireManager(programme.getSiteId());
        if (criteria == null || criteria.isEmpty()) {
            throw Refusal.invalid("call.criteriaRequired");
        }
        CallForApplications call = new CallForApplications(programme, title, opensAt, closesAt, anonymous);
        em.persist(call);
        em.flush();
        criteria.forEach((name, weight) -> em.persist(new Criterion(call.getId(), name, weight)));
        return call.getId();
    }

    /** Names a juror for a submitted application (a person holding the mentor role). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long assignJuror(Long applicationId, String jurorEmail) {
        Application a = find(Application.class, applicationId, "application.notFound");
        requireManager(a.getCall().getProgramme().getSiteId());
        Long juror = people.byEmail(jurorEmail).orElseThrow(() -> Refusal.notFound("booking.member.notFound", jurorEmail)).id();
        if (teams.isOnTeam(a, juror)) {
            throw Refusal.invalid("jury.ownApplication");
        }
        JuryAssignment assignment = new JuryAssignment(a, juror);
        em.persist(assignment);
        return assignment.getId();
    }

    /** Submitted applications ranked by the weighted mean of the jurors' scores, with how many jurors scored. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Ranking.Ranked> ranking(Long callId) {
        CallForApplications call = find(CallForApplications.class, callId, "call.notFound");
        requireManager(call.getProgramme().getSiteId());
        List<Long> ids = em.createNamedQuery(Application.IDS_SUBMITTED_TO_CALL, Long.class)
                .setParameter("c", callId).getResultList();
        Map<Long, Integer> weights = new HashMap<>();
        em.createNamedQuery(Criterion.OF_CALL, Criterion.class).setParameter("c", callId)
                .getResultStream().forEach(c -> weights.put(c.getId(), c.getWeight()));
        List<Ranking.Mark> marks = em.createNamedQuery(Score.MARKS_OF_CALL, Ranking.Mark.class)
                .setParameter("c", callId).getResultList();
        return Ranking.of(ids, weights, marks);
    }

    /**
     * A row of the ranking table: the application, its score (null when nobody scored) and the number of
     * jurors assigned to it without a conflict of interest, whether they have scored yet or not.
     */
    public record RankedRow(int rank, ApplicationSummary application, Double score, int jurors) implements java.io.Serializable {
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<RankedRow> rankingTable(Long callId) {
        List<Ranking.Ranked> ranked = ranking(callId);
        Map<Long, Integer> assigned = new HashMap<>();
        em.createNamedQuery(JuryAssignment.COUNT_PER_APPLICATION_OF_CALL, Object[].class)
                .setParameter("c", callId).getResultStream()
                .forEach(a -> assigned.put((Long) a[0], ((Number) a[1]).intValue()));
        List<RankedRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranking.Ranked r = ranked.get(i);
            rows.add(new RankedRow(i + 1, ApplicationSummary.of(em.find(Application.class, r.applicationId()), false), r.score(),
                    assigned.getOrDefault(r.applicationId(), 0)));
        }
        return rows;
    }

    @PermitAll
    public boolean manages(Long siteId) {
        return people.callerHolds(Roles.PROGRAMME_MANAGER, siteId);
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void decide(Long applicationId, ApplicationStatus decision) {
        Application a = find(Application.class, applicationId, "application.notFound");
        requireManager(a.getCall().getProgramme().getSiteId());
        a.decide(decision, Instant.now());
        mails.outcome(a);
    }

    private <T> T find(Class<T> type, Long id, String key) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw Refusal.notFound(key);
        }
        return entity;
    }

    private void requireManager(Long siteId) {
        if (!people.callerHolds(Roles.PROGRAMME_MANAGER, siteId)) {
            throw Refusal.forbidden("error.forbidden");
        }
    }
}
