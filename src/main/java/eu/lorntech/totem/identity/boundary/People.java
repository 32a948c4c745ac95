package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.identity.entity.Site;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * What other modules may know of people: who is calling, whether they hold a role at a site, and
 * the name, address and language of a person (for mails). One person, one record across modules.
 */
@Stateless
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityContext security;

    @Inject
    TokenCaller tokenCaller;

    @PermitAll
    public Optional<Caller> current() {
        return authenticatedByToken().or(() -> currentUser.find().map(Callers::toCaller));
    }

    /** The caller, or a 403 refusal for anonymous callers. */
    @PermitAll
    public Caller requireCurrent() {
        return authenticatedByToken().orElseGet(() -> Callers.toCaller(currentUser.require()));
    }

    /**
     * The caller an API token authenticated for this request, without reading them again (the
     * token check read them a moment ago, or a few seconds ago, see ApiTokenCache).
     */
    private Optional<Caller> authenticatedByToken() {
        Principal principal = security.getCallerPrincipal();
        return !CurrentUser.namesAnAccount(principal) ? Optional.empty()
                : tokenCaller.find().filter(c -> c.email().equals(principal.getName()));
    }

    /** The organisation a person belongs to: a partner company's staff, a startup's founders. */
    public record Affiliation(Long organisationId, String name, String kind, Long siteId) implements java.io.Serializable {
    }

    /** The caller's organisation, if they belong to one. */
    @PermitAll
    public Optional<Affiliation> callerOrganisation() {
        return current().map(c -> em.find(User.class, c.id())).map(User::getOrganisation)
                .map(o -> new Affiliation(o.getId(), o.getName(), o.getKind().name(), o.getSite().getId()));
    }

    /** Whether the caller holds {@code roleName} at {@code siteId} (admins hold every role everywhere). */
    @PermitAll
    public boolean callerHolds(String roleName, Long siteId) {
        Optional<User> me = currentUser.find();
        if (me.isEmpty()) {
            return false;
        }
        if (me.get().holds(Role.ADMIN)) {
            return true;
        }
        Site site = siteId == null ? null : em.find(Site.class, siteId);
        return me.get().holds(Role.valueOf(roleName), site);
    }

    @PermitAll
    public Optional<Caller> byId(Long userId) {
        return Optional.ofNullable(userId == null ? null : em.find(User.class, userId)).map(Callers::toCaller);
    }

    @PermitAll
    public Optional<Caller> byEmail(String email) {
        return em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", User.normaliseEmail(email))
                .getResultStream().findFirst().filter(User::isActive).map(Callers::toCaller);
    }

    /** The active people holding {@code roleName} at {@code siteId} (or network-wide), by name. */
    @PermitAll
    public java.util.List<Caller> holding(String roleName, Long siteId) {
        return em.createQuery("select distinct u from User u join u.roles g where u.active = true and g.role = :role "
                        + "and (g.site is null or g.site.id = :site)", User.class)
                .setParameter("role", Role.valueOf(roleName)).setParameter("site", siteId).getResultStream()
                .map(Callers::toCaller).sorted(java.util.Comparator.comparing(Caller::displayName)).toList();
    }

    /** Display names of many people in one query (for tables), by id; unknown ids are left out. */
    @PermitAll
    public java.util.Map<Long, String> names(java.util.Collection<Long> userIds) {
        if (userIds == null || userIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select u.id, u.displayName from User u where u.id in :ids", Object[].class)
                .setParameter("ids", new java.util.HashSet<>(userIds)).getResultStream()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    /** Many people in one query (for tables that show name and e-mail), by id; unknown ids are left out. */
    @PermitAll
    public java.util.Map<Long, Caller> callers(java.util.Collection<Long> userIds) {
        if (userIds == null || userIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select u from User u where u.id in :ids", User.class)
                .setParameter("ids", new java.util.HashSet<>(userIds)).getResultStream()
                .map(Callers::toCaller).collect(java.util.stream.Collectors.toMap(Caller::id, c -> c));
    }

    @PermitAll
    public Caller requireById(Long userId) {
        return byId(userId).orElseThrow(() -> Refusal.notFound("people.notFound"));
    }
}
