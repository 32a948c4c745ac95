package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.control.PasswordHasher;
import eu.lorntech.totem.identity.control.PasswordPolicy;
import eu.lorntech.totem.identity.control.UserQueries;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.identity.entity.Site;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Admins manage accounts: find, create, change roles, deactivate and reactivate. */
@Stateless
public class UserAdministration {

    public record UserRow(Long id, String email, String displayName, String language, boolean active,
            String siteName, Set<Role> roles, Instant createdAt) implements Serializable {
    }

    public record NewUser(
            @NotBlank(message = "{signup.emailRequired}") @Email(message = "{signup.emailInvalid}") @Size(max = 254) String email,
            @NotBlank(message = "{signup.nameRequired}") @Size(max = 120, message = "{signup.nameTooLong}") String displayName,
            @NotNull String password,
            @NotNull Language language,
            Long siteId,
            @NotNull Set<Role> roles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserQueries queries;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<CallerChanged> changed;

    @RolesAllowed(Roles.ADMIN)
    public Page<UserRow> search(PageRequest request) {
        Page<User> page = queries.search(request);
        return new Page<>(page.rows().stream().map(UserAdministration::row).toList(), page.total());
    }

    @RolesAllowed(Roles.ADMIN)
    public UserRow find(Long id) {
        return row(load(id));
    }

    @RolesAllowed(Roles.ADMIN)
    public UserRow create(@Valid NewUser request) {
        String email = User.normaliseEmail(request.email());
        if (!em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", email).getResultList().isEmpty()) {
            throw Refusal.conflict("admin.users.emailTaken", email);
        }
        PasswordPolicy.check(request.password(), email).ifPresent(key -> {
            throw Refusal.invalid(key);
        });
        Site site = request.siteId() == null ? null : em.find(Site.class, request.siteId());
        User user = new User(email, request.displayName(), request.language(), site, Instant.now());
        user.changePassword(hasher.hash(request.password().toCharArray()));
        request.roles().forEach(r -> user.grant(r, site));
        em.persist(user);
        return row(user);
    }

    /** Replaces the roles; site-scoped roles (managers, organisers) apply to {@code siteId}. */
    @RolesAllowed(Roles.ADMIN)
    public UserRow changeRoles(Long userId, Set<Role> roles, Long siteId) {
        User user = load(userId);
        Set<Role> wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (isSelf(user) && !wanted.contains(Role.ADMIN)) {
            throw Refusal.invalid("admin.users.cannotDropOwnAdmin");
        }
        Site site = siteId == null ? user.getHomeSite() : em.find(Site.class, siteId);
        user.replaceRoles(wanted, site);
        changed.fire(new CallerChanged(user.getId()));
        return row(user);
    }

    @RolesAllowed(Roles.ADMIN)
    public UserRow deactivate(Long userId) {
        User user = load(userId);
        if (isSelf(user)) {
            throw Refusal.invalid("admin.users.cannotDeactivateSelf");
        }
        user.deactivate();
        changed.fire(new CallerChanged(user.getId()));
        return row(user);
    }

    @RolesAllowed(Roles.ADMIN)
    public UserRow reactivate(Long userId) {
        User user = load(userId);
        user.reactivate();
        changed.fire(new CallerChanged(user.getId()));
        return row(user);
    }

    static UserRow row(User u) {
        return new UserRow(u.getId(), u.getEmail(), u.getDisplayName(), u.getPreferredLanguage().code(), u.isActive(),
                u.getHomeSite() == null ? null : u.getHomeSite().getName(), u.roleSet(), u.getCreatedAt());
    }

    private boolean isSelf(User user) {
        return currentUser.find().map(me -> me.getId().equals(user.getId())).orElse(false);
    }

    private User load(Long id) {
        User user = id == null ? null : em.find(User.class, id);
        if (user == null) {
            throw Refusal.notFound("admin.users.notFound");
        }
        return user;
    }
}
