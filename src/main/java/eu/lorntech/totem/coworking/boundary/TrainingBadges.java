package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.entity.Badge;
import eu.lorntech.totem.coworking.entity.BadgeRequest;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.coworking.entity.ResourceKind;
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
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fablab badges earned through a training elsewhere in Totem (a programme's training milestone).
 * The training files a badge request; only a space manager of the machine's site (or an admin)
 * grants a badge, by confirming the request, and the member is then mailed.
 */
@Stateless
public class TrainingBadges {

    /** A machine that asks for a badge, as offered to other modules. */
    public record Machine(Long id, String name) implements Serializable {
    }

    /** A badge request waiting for a space manager. */
    public record Pending(Long id, String memberName, String memberEmail, String machineName, String reason, Instant requestedAt)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    MailOutbox mail;

    /** The machines of a site that ask for a badge, by name (the site's resources are public). */
    @PermitAll
    public List<Machine> machines(Long siteId) {
        return em.createQuery("select r from Resource r where r.siteId = :s and r.kind = :k order by r.name", Resource.class)
                .setParameter("s", siteId).setParameter("k", ResourceKind.MACHINE).getResultStream()
                .filter(Resource::isRequiresBadge).map(r -> new Machine(r.getId(), r.getName())).toList();
    }

    @PermitAll
    public boolean isMachine(Long resourceId) {
        Resource r = resourceId == null ? null : em.find(Resource.class, resourceId);
        return r != null && r.getKind() == ResourceKind.MACHINE;
    }

    /**
     * A space manager of the machine's site (or an admin) grants its badge to a person unless they
     * hold it already; answers whether it was new.
     */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public boolean grant(Long resourceId, Long userId) {
        Resource machine = machine(resourceId);
        requireManager(machine.getSiteId());
        people.requireById(userId);
        return grantOnce(machine, userId, people.requireCurrent().email());
    }

    /**
     * Asks the badge of a machine for a person after a training; asking grants nothing, so anyone
     * may ask (the calling module has checked its own rules). Answers whether a request now waits:
     * none is filed when the person holds the badge or a request of theirs waits already.
     */
    @PermitAll
    public boolean request(Long resourceId, Long userId, String reason) {
        Resource machine = machine(resourceId);
        people.requireById(userId);
        if (holds(userId, machine.getId()) || !em.createNamedQuery(BadgeRequest.PENDING_OF_USER_FOR, BadgeRequest.class)
                .setParameter("userId", userId).setParameter("resourceId", machine.getId()).getResultList().isEmpty()) {
            return false;
        }
        String by = people.current().map(Caller::email).orElse("system");
        em.persist(new BadgeRequest(userId, machine, reason, by, Instant.now()));
        return true;
    }

    /** The badge requests waiting at a site, oldest first, for its space managers. */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public List<Pending> pending(Long siteId) {
        requireManager(siteId);
        List<BadgeRequest> waiting = em.createNamedQuery(BadgeRequest.PENDING_OF_SITE, BadgeRequest.class)
                .setParameter("siteId", siteId).getResultList();
        Map<Long, Caller> members = people.callers(waiting.stream().map(BadgeRequest::getUserId).toList());
        return waiting.stream().map(r -> {
            Caller member = members.get(r.getUserId());
            return new Pending(r.getId(), member == null ? "?" : member.displayName(), member == null ? "" : member.email(),
                    r.getResource().getName(), r.getReason(), r.getRequestedAt());
        }).toList();
    }

    /** A space manager of the site confirms a request: the member holds the badge and is told by e-mail. */
    @RolesAllowed({Roles.SPACE_MANAGER, Roles.ADMIN})
    public void confirm(Long requestId) {
        BadgeRequest r = requestId == null ? null : em.find(BadgeRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !manages(r.getSiteId())) {
            throw Refusal.notFound("badgeRequest.notFound");
        }
        String me = people.requireCurrent().email();
        r.confirm(me, Instant.now());
        grantOnce(r.getResource(), r.getUserId(), me);
        Caller member = people.requireById(r.getUserId());
        Locale l = Locale.forLanguageTag(member.language());
        mail.queue(member.email(), Texts.get(l, "mail.badgeGranted.subject", r.getResource().getName()),
                Texts.get(l, "mail.badgeGranted.body", member.displayName(), r.getResource().getName()));
    }

    @PermitAll
    public boolean holds(Long userId, Long resourceId) {
        return em.find(Badge.class, new Badge.Key(userId, resourceId)) != null;
    }

    private boolean grantOnce(Resource machine, Long userId, String grantedBy) {
        if (holds(userId, machine.getId())) {
            return false;
        }
        em.persist(new Badge(userId, machine.getId(), grantedBy, Instant.now()));
        return true;
    }

    private Resource machine(Long resourceId) {
        Resource r = resourceId == null ? null : em.find(Resource.class, resourceId);
        if (r == null || r.getKind() != ResourceKind.MACHINE) {
            throw Refusal.notFound("booking.resource.notFound");
        }
        return r;
    }

    private boolean manages(Long siteId) {
        return people.callerHolds(Roles.SPACE_MANAGER, siteId);
    }

    private void requireManager(Long siteId) {
        if (!manages(siteId)) {
            throw Refusal.forbidden("error.forbidden");
        }
    }
}
