package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.entity.Badge;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.platform.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Fablab badges earned through a training elsewhere in Totem (a programme's training milestone):
 * the calling module has checked who may grant; here the badge is recorded, once, in its transaction.
 */
@Stateless
@PermitAll
public class TrainingBadges {

    /** A machine that asks for a badge, as offered to other modules. */
    public record Machine(Long id, String name) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /** The machines of a site that ask for a badge, by name. */
    public List<Machine> machines(Long siteId) {
        return em.createQuery("select r from Resource r where r.siteId = :s and r.kind = :k order by r.name", Resource.class)
                .setParameter("s", siteId).setParameter("k", ResourceKind.MACHINE).getResultStream()
                .filter(Resource::isRequiresBadge).map(r -> new Machine(r.getId(), r.getName())).toList();
    }

    public boolean isMachine(Long resourceId) {
        Resource r = resourceId == null ? null : em.find(Resource.class, resourceId);
        return r != null && r.getKind() == ResourceKind.MACHINE;
    }

    /** Grants the badge of a machine to a person unless they hold it already; answers whether it was new. */
    public boolean grant(Long resourceId, Long userId, String grantedBy) {
        if (!isMachine(resourceId)) {
            throw Refusal.notFound("booking.resource.notFound");
        }
        if (em.find(Badge.class, new Badge.Key(userId, resourceId)) != null) {
            return false;
        }
        em.persist(new Badge(userId, resourceId, grantedBy, Instant.now()));
        return true;
    }

    public boolean holds(Long userId, Long resourceId) {
        return em.find(Badge.class, new Badge.Key(userId, resourceId)) != null;
    }
}
