package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The signed-in person as an entity of the caller's transaction, for ownership checks in boundaries. */
@Dependent
public class CurrentUser {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    public Optional<User> find() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", principal.getName())
                .getResultStream().findFirst().filter(User::isActive);
    }

    public User require() {
        return find().orElseThrow(() -> Refusal.forbidden("error.signInRequired"));
    }

    public boolean is(Role role) {
        return security.isCallerInRole(role.name());
    }
}
