package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.entity.CallForApplications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The managers' table of a call's submitted applications, one sorted and searchable page at a time,
 * with the jury's score (the mean over jurors of each juror's weighted mean, as {@code Ranking}) and
 * the number of jurors assigned (without a conflict of interest, scored or not) computed by the database.
 */
@Stateless
public class ApplicationsTable {

    public record Row(Long id, String projectName, String status, Instant submittedAt, String founderName, Double score, long jurors)
            implements Serializable {
    }

    private static final Map<String, String> SORTS = Map.of("projectName", "a.project_name", "status", "a.status",
            "submittedAt", "a.submitted_at", "score", "j.score", "jurors", "jurors");

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Page<Row> page(Long callId, PageRequest request) {
        CallForApplications call = callId == null ? null : em.find(CallForApplications.class, callId);
        if (call == null) {
            throw Refusal.notFound("call.notFound");
        }
        if (!people.callerHolds(Roles.PROGRAMME_MANAGER, call.getProgramme().getSiteId())) {
            throw Refusal.forbidden("error.forbidden");
        }
        String where = " from application a left join (select w.application_id, avg(w.mean) score, count(*) jurors from ("
                + "select ja.application_id, ja.id, sum(s.points * c.weight) * 1.0 / sum(c.weight) mean from jury_assignment ja "
                + "join application x on x.id = ja.application_id and x.call_id = ?1 "
                + "join score s on s.assignment_id = ja.id join criterion c on c.id = s.criterion_id "
                + "where ja.conflict = false group by ja.application_id, ja.id) w group by w.application_id) j on j.application_id = a.id "
                + "where a.call_id = ?1 and a.status <> 'DRAFT'" + (request.search() == null ? "" : " and lower(a.project_name) like ?2");
        String sort = request.sortField() == null ? "j.score" : SORTS.getOrDefault(request.sortField(), "j.score");
        boolean ascending = request.sortField() == null ? false : request.ascending();
        Query rows = em.createNativeQuery("select a.id, a.project_name, a.status, a.submitted_at, a.founder_id, j.score, "
                + "(select count(*) from jury_assignment ja where ja.application_id = a.id and ja.conflict = false) jurors" + where + " order by " + sort + (ascending ? " asc" : " desc") + ", a.id")
                .setParameter(1, callId).setFirstResult(request.first()).setMaxResults(request.size());
        Query count = em.createNativeQuery("select count(*)" + where).setParameter(1, callId);
        if (request.search() != null) {
            rows.setParameter(2, request.searchPattern());
            count.setParameter(2, request.searchPattern());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        Map<Long, String> founders = people.names(result.stream().map(r -> ((Number) r[4]).longValue()).toList());
        List<Row> page = result.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], instant(r[3]),
                founders.getOrDefault(((Number) r[4]).longValue(), "?"),
                r[5] == null ? null : ((Number) r[5]).doubleValue(), ((Number) r[6]).longValue())).toList();
        return new Page<>(page, ((Number) count.getSingleResult()).longValue());
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return o instanceof Instant i ? i : null;
    }
}
