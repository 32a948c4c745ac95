package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.programme.control.ProgrammeMails;
import eu.lorntech.totem.programme.control.ApplicationTeams;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.JuryAssignment;
import eu.lorntech.totem.programme.entity.TeamMember;
import eu.lorntech.totem.programme.entity.CallForApplications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;

/** Founders' applications: a draft, edited and submitted before the deadline; only theirs, ever. */
@Stateless
public class Applications {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    FormAnswers forms;

    @Inject
    ProgrammeMails mails;

    @Inject
    ApplicationTeams teams;

    /** A member of an application's team, the lead founder first. */
    public record TeamView(Long userId, String name, String email, boolean lead) implements java.io.Serializable {
    }

    @PermitAll
    public ApplicationSummary draft(Long callId, String projectName, String summary) {
        Caller me = people.requireCurrent();
        CallForApplications call = callId == null ? null : em.find(CallForApplications.class, callId);
        if (call == null) {
            throw Refusal.notFound("call.notFound");
        }
        Application a = new Application(call, me.id(), projectName, summary, Instant.now());
        em.persist(a);
        return ApplicationSummary.of(a, false);
    }

    @PermitAll
    public ApplicationSummary edit(Long applicationId, String summary) {
        Application a = mine(applicationId);
        a.edit(summary, Instant.now());
        return ApplicationSummary.of(a, false);
    }

    @PermitAll
    public ApplicationSummary submit(Long applicationId) {
        Application a = mine(applicationId);
        forms.filled(a.getResponse()).requireComplete();
        a.submit(Instant.now());
        mails.receipt(a);
        return ApplicationSummary.of(a, false);
    }

    @PermitAll
    public ApplicationSummary read(Long applicationId) {
        return ApplicationSummary.of(mine(applicationId), false);
    }

    /** My application to a call, if I started one. */
    @PermitAll
    public java.util.Optional<ApplicationSummary> mineFor(Long callId) {
        Caller me = people.requireCurrent();
        return em.createNamedQuery(Application.OF_TEAM_MEMBER_IN_CALL, Application.class)
                .setParameter("u", me.id()).setParameter("c", callId).setMaxResults(1).getResultStream().findFirst()
                .map(a -> ApplicationSummary.of(a, false));
    }

    @PermitAll
    public List<ApplicationSummary> mine() {
        Caller me = people.requireCurrent();
        return em.createNamedQuery(Application.OF_TEAM_MEMBER, Application.class)
                .setParameter("u", me.id()).getResultStream().map(a -> ApplicationSummary.of(a, false)).toList();
    }

    /** The team of an application I am on: the lead founder, then the co-founders. */
    @PermitAll
    public List<TeamView> team(Long applicationId) {
        Application a = mine(applicationId);
        List<TeamView> team = new java.util.ArrayList<>();
        people.byId(a.getFounderId()).ifPresent(c -> team.add(new TeamView(c.id(), c.displayName(), c.email(), true)));
        em.createNamedQuery(TeamMember.OF_APPLICATION, TeamMember.class).setParameter("a", a.getId())
                .getResultStream().forEach(t -> people.byId(t.getUserId())
                        .ifPresent(c -> team.add(new TeamView(c.id(), c.displayName(), c.email(), false))));
        return team;
    }

    /** The lead founder names a co-founder (an existing account) while the call is open; the co-founder is mailed. */
    @PermitAll
    public List<TeamView> addTeamMember(Long applicationId, String email) {
        Application a = led(applicationId);
        Caller member = people.byEmail(email).orElseThrow(() -> Refusal.notFound("booking.member.notFound", email));
        // adds to one team wait for each other on the application's row; the team is read with a
        // locking read, so on MariaDB's repeatable read a waiting add sees the seats taken meanwhile
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        List<TeamMember> seated = em.createNamedQuery(TeamMember.OF_APPLICATION, TeamMember.class)
                .setParameter("a", a.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (a.isOwnedBy(member.id()) || seated.stream().anyMatch(t -> t.getUserId().equals(member.id()))) {
            throw Refusal.conflict("team.already", member.displayName());
        }
        int seat = TeamMember.firstFreeSeat(seated.stream().map(TeamMember::getSeat).toList());
        if (seat == 0) {
            throw Refusal.invalid("team.full", TeamMember.MAX_MEMBERS + 1);
        }
        boolean juror = !em.createNamedQuery(JuryAssignment.ID_OF_APPLICATION_AND_JUROR, Long.class)
                .setParameter("a", a).setParameter("u", member.id()).getResultList().isEmpty();
        if (juror) {
            throw Refusal.conflict("team.juror", member.displayName());
        }
        try {
            em.persist(new TeamMember(a.getId(), member.id(), seat, Instant.now()));
            em.flush();
        } catch (PersistenceException seatTakenOrOutOfRange) {
            // the database's unique seat and its range check refused it (V10_5_1)
            throw Refusal.invalid("team.full", TeamMember.MAX_MEMBERS + 1);
        }
        mails.teamInvitation(a, member, people.requireCurrent());
        return team(applicationId);
    }

    @PermitAll
    public List<TeamView> removeTeamMember(Long applicationId, Long userId) {
        Application a = led(applicationId);
        TeamMember t = userId == null ? null : em.find(TeamMember.class, new TeamMember.Key(a.getId(), userId));
        if (t == null) {
            throw Refusal.notFound("people.notFound");
        }
        em.remove(t);
        return team(applicationId);
    }

    /** Only the lead founder changes the team, and only while the call is open. */
    private Application led(Long applicationId) {
        Application a = mine(applicationId);
        if (!a.isOwnedBy(people.requireCurrent().id())) {
            throw Refusal.forbidden("team.leadOnly");
        }
        a.getCall().requireOpen(Instant.now());
        return a;
    }

    /** Someone else's application is "not found", whatever the id tried; the team's members may work on it. */
    private Application mine(Long applicationId) {
        return teams.ofMyTeam(applicationId);
    }
}
