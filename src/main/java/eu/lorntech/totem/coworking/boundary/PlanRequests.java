package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.boundary.SpaceManagement.PlanView;
import eu.lorntech.totem.coworking.control.SiteCalendars;
import eu.lorntech.totem.coworking.entity.Plan;
import eu.lorntech.totem.coworking.entity.PlanRequest;
import eu.lorntech.totem.coworking.entity.Subscription;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A member without a plan asks for one; a space manager of the site approves it in one click (the
 * member holds the plan from that day and is mailed) or declines it (the member is mailed too).
 */
@Stateless
public class PlanRequests {

    /** What a member sees of plans at a site: the plans offered, the one they hold, the one they asked for. */
    public record MyPlan(List<PlanView> offered, String current, String requested) implements Serializable {
        public boolean canRequest() {
            return current == null && requested == null && !offered.isEmpty();
        }
    }

    public record Waiting(Long id, String memberName, String memberEmail, String planName, Instant requestedAt)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    SpaceManagement management;

    @Inject
    SiteCalendars calendars;

    @Inject
    MailOutbox mail;

    /** Any signed-in person, about themself only. */
    @PermitAll
    public MyPlan mine(Long siteId) {
        Caller me = people.requireCurrent();
        List<PlanView> offered = em.createNamedQuery(Plan.OF_SITE, Plan.class).setParameter("siteId", siteId).getResultStream()
                .map(p -> new PlanView(p.getId(), p.getName(), p.getMonthlyHours(), p.isUnlimited())).toList();
        String current = em.createNamedQuery(Subscription.ACTIVE_OF_USER_AT_SITE, Subscription.class).setParameter("userId", me.id())
                .setParameter("siteId", siteId).setParameter("day", today(siteId)).setMaxResults(1).getResultStream()
                .findFirst().map(s -> s.getPlan().getName()).orElse(null);
        String requested = pendingOf(me.id(), siteId).map(r -> r.getPlan().getName()).orElse(null);
        return new MyPlan(offered, current, requested);
    }

    /** Any signed-in person asks a plan for themself; one waiting request per site (the database's unique key). */
    @PermitAll
    public void request(Long planId) {
        Caller me = people.requireCurrent();
        Plan plan = planId == null ? null : em.find(Plan.class, planId);
        if (plan == null) {
            throw Refusal.notFound("plan.notFound");
        }
        if (pendingOf(me.id(), plan.getSiteId()).isPresent()) {
            throw Refusal.conflict("planRequest.alreadyPending");
        }
        try {
            em.persist(new PlanRequest(me.id(), plan, Instant.now()));
            em.flush();
        } catch (PersistenceException anotherRequestWonTheRace) {
            throw Refusal.conflict("planRequest.alreadyPending");
        }
    }

    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public List<Waiting> waiting(Long siteId) {
        requireManager(siteId);
        List<PlanRequest> pending = em.createNamedQuery(PlanRequest.PENDING_OF_SITE, PlanRequest.class).setParameter("siteId", siteId)
                .getResultList();
        // the members in one query, not one per request
        java.util.Map<Long, Caller> members = people.callers(pending.stream().map(PlanRequest::getUserId).toList());
        return pending.stream().map(r -> {
            Caller member = members.get(r.getUserId());
            return new Waiting(r.getId(), member == null ? "?" : member.displayName(), member == null ? "" : member.email(),
                    r.getPlan().getName(), r.getRequestedAt());
        }).toList();
    }

    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public long waitingCount(Long siteId) {
        return management.manages(siteId)
                ? em.createNamedQuery(PlanRequest.COUNT_PENDING_OF_SITE, Long.class).setParameter("siteId", siteId).getSingleResult()
                : 0;
    }

    /** The member holds the plan from today, and is told by e-mail. */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public void approve(Long requestId) {
        decide(requestId, true);
    }

    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public void decline(Long requestId) {
        decide(requestId, false);
    }

    private void decide(Long requestId, boolean approve) {
        PlanRequest r = requestId == null ? null : em.find(PlanRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !management.manages(r.getPlan().getSiteId())) {
            throw Refusal.notFound("planRequest.notFound");
        }
        r.decide(approve, people.requireCurrent().email(), Instant.now());
        Caller member = people.byId(r.getUserId()).orElseThrow(() -> Refusal.notFound("planRequest.notFound"));
        if (approve) {
            management.subscribe(member.email(), r.getPlan().getId(), today(r.getPlan().getSiteId()));
        }
        Locale l = Locale.forLanguageTag(member.language());
        String key = approve ? "mail.planApproved" : "mail.planDeclined";
        mail.queue(member.email(), Texts.get(l, key + ".subject", r.getPlan().getName()),
                Texts.get(l, key + ".body", member.displayName(), r.getPlan().getName(), r.getPlan().getMonthlyHours(),
                        r.getPlan().isUnlimited() ? 1 : 0));
    }

    private java.util.Optional<PlanRequest> pendingOf(Long userId, Long siteId) {
        return em.createNamedQuery(PlanRequest.PENDING_OF_USER_AT_SITE, PlanRequest.class).setParameter("userId", userId)
                .setParameter("siteId", siteId).getResultStream().findFirst();
    }

    private LocalDate today(Long siteId) {
        return LocalDate.now(calendars.zone(siteId));
    }

    private void requireManager(Long siteId) {
        if (!management.manages(siteId)) {
            throw Refusal.forbidden("error.forbidden");
        }
    }
}
