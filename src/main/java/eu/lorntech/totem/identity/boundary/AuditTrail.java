package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.entity.AuditRevision;
import eu.lorntech.totem.identity.entity.Organisation;
import eu.lorntech.totem.identity.entity.RoleGrant;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.identity.entity.Site;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

/** Who changed what and when (Hibernate Envers revisions), for admins. */
@Stateless
public class AuditTrail {

    public record RevisionRow(Long id, Instant at, String username, List<String> entities) implements Serializable {
    }

    public record Change(String entity, Object id, String change, String label) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /** Newest first; the search matches the user name or an entity name. */
    @RolesAllowed(Roles.ADMIN)
    public Page<RevisionRow> revisions(PageRequest request) {
        String where = request.search() == null ? ""
                : " where lower(r.username) like :q escape '\\' or exists (select 1 from AuditRevision r2 join r2.entityNames n"
                        + " where r2 = r and lower(n) like :q escape '\\')";
        TypedQuery<Long> count = em.createQuery("select count(r) from AuditRevision r" + where, Long.class);
        TypedQuery<AuditRevision> rows = em.createQuery("select r from AuditRevision r" + where
                + " order by r.id " + (request.ascending() && "id".equals(request.sortField()) ? "asc" : "desc"), AuditRevision.class);
        if (request.search() != null) {
            count.setParameter("q", request.searchPattern());
            rows.setParameter("q", request.searchPattern());
        }
        List<RevisionRow> page = rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultStream()
                .map(r -> new RevisionRow(r.getId(), r.getInstant(), r.getUsername(),
                        new ArrayList<>(new TreeSet<>(r.getEntityNames().stream().map(AuditTrail::simpleName).toList()))))
                .toList();
        return new Page<>(page, count.getSingleResult());
    }

    /** What one revision changed: each record added, modified or deleted. */
    @RolesAllowed(Roles.ADMIN)
    public List<Change> changes(Long revisionId) {
        List<Change> changes = new ArrayList<>();
        Map<RevisionType, List<Object>> byType = AuditReaderFactory.get(em).getCrossTypeRevisionChangesReader()
                .findEntitiesGroupByRevisionType(revisionId);
        byType.forEach((type, entities) -> entities.forEach(e -> changes.add(new Change(
                simpleName(e.getClass().getName()),
                em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(e),
                type.name(), label(e)))));
        return changes;
    }

    private static String label(Object e) {
        if (e instanceof User u) {
            return u.getEmail() + (u.isActive() ? "" : " (inactive)");
        }
        if (e instanceof Site s) {
            return s.getName();
        }
        if (e instanceof Organisation o) {
            return o.getName();
        }
        if (e instanceof RoleGrant g) {
            return g.getRole().name() + (g.getSite() == null ? "" : " @ " + g.getSite().getCode());
        }
        return "";
    }

    private static String simpleName(String className) {
        int dot = className.lastIndexOf('.');
        String name = dot < 0 ? className : className.substring(dot + 1);
        int proxy = name.indexOf('$');
        return proxy < 0 ? name : name.substring(0, proxy);
    }
}
