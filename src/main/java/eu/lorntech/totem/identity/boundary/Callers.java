package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.entity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Loads the signed-in person for the security layer, on every request, so a deactivation bites at once. */
@Stateless
public class Callers {

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public Optional<Caller> byId(Long id) {
        return em.createNamedQuery(User.WITH_ROLES, User.class).setParameter("id", id)
                .getResultStream().findFirst()
                .filter(User::isActive)
                .map(Callers::toCaller);
    }

    static Caller toCaller(User u) {
        return new Caller(u.getId(), u.getEmail(), u.getDisplayName(), u.getPreferredLanguage().code(), u.roleNames(),
                u.getCredentialsChangedAt());
    }
}
