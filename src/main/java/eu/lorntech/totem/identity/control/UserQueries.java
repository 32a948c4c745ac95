package eu.lorntech.totem.identity.control;

import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/** The paged, sorted, searchable user list: paging and search happen in the database. */
@Dependent
public class UserQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "email", "u.email", "displayName", "u.displayName", "createdAt", "u.createdAt", "active", "u.active");

    @PersistenceContext
    EntityManager em;

    public Page<User> search(PageRequest request) {
        String where = request.search() == null ? ""
                : " where lower(u.email) like :q escape '\\' or lower(u.displayName) like :q escape '\\'";
        String order = (request.sortField() == null ? "u.displayName" : SORTABLE.getOrDefault(request.sortField(), "u.displayName")) + (request.ascending() ? " asc" : " desc");
        TypedQuery<Long> count = em.createQuery("select count(u) from User u" + where, Long.class);
        TypedQuery<Long> ids = em.createQuery("select u.id from User u" + where + " order by " + order + ", u.id", Long.class);
        if (request.search() != null) {
            count.setParameter("q", request.searchPattern());
            ids.setParameter("q", request.searchPattern());
        }
        List<Long> pageIds = ids.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        if (pageIds.isEmpty()) {
            return new Page<>(List.of(), count.getSingleResult());
        }
        Map<Long, User> users = new java.util.HashMap<>();
        em.createQuery("select distinct u from User u left join fetch u.roles left join fetch u.homeSite where u.id in :ids", User.class)
                .setParameter("ids", pageIds).getResultList().forEach(u -> users.put(u.getId(), u));
        return new Page<>(pageIds.stream().map(users::get).toList(), count.getSingleResult());
    }
}
