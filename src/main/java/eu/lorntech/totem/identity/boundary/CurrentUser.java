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
        if (!namesAnAccount(principal)) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", principal.getName())
                .getResultStream().findFirst().filter(User::isActive);
    }

    /**
     * Whether a caller's principal can name an account: accounts sign in with their e-mail address,
     * while WildFly names an unauthenticated caller "anonymous" (within an EJB the principal is never
     * null). A guest's registration thus costs no query for a user who cannot exist.
     */
    static boolean namesAnAccount(Principal principal) {
        return principal != null && principal.getName() != null && principal.getName().indexOf('@') > 0;
    }

    public User require() {
        return find().orElseThrow(() -> Refusal.forbidden("error.signInRequired"));
    }

    public boolean is(Role role) {
        return security.isCallerInRole(role.name());
    }
}
