package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.control.StartupAccess;
import eu.lorntech.totem.programme.entity.Cohort;
import eu.lorntech.totem.programme.entity.KpiReport;
import eu.lorntech.totem.programme.entity.Milestone;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.Quarter;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures funders ask for, summed by the database: per cohort, milestones done, late and due;
 * KPI totals per quarter; startups that have not reported the last quarter. The same network-wide,
 * per site, for admins.
 */
@Stateless
public class ProgrammeDashboard {

    /** How many quarters of KPI history the trends show. */
    public static final int QUARTERS = 8;

    public record CohortFigures(Long cohortId, String cohortName, LocalDate startsOn, LocalDate endsOn, long startups,
            long milestonesDone, long milestonesLate, long milestonesDue, long reported, long notReported) implements Serializable {
        public long milestones() {
            return milestonesDone + milestonesLate + milestonesDue;
        }

        public int donePercent() {
            return milestones() == 0 ? 0 : (int) Math.round(100.0 * milestonesDone / milestones());
        }
    }

    public record QuarterFigures(String quarter, long reports, BigDecimal revenue, long jobs, BigDecimal fundsRaised,
            long customers) implements Serializable {
    }

    public record NotReported(Long startupId, String startupName, String cohortName) implements Serializable {
    }

    public record SiteFigures(Long siteId, long programmes, long cohorts, long startups, long milestonesDone, long milestonesLate,
            BigDecimal revenue, long jobs, BigDecimal fundsRaised, long customers) implements Serializable {
    }

    /** Everything one programme's dashboard shows. */
    public record Figures(Long programmeId, String programmeName, String lastQuarter, List<CohortFigures> cohorts,
            List<QuarterFigures> trend, List<NotReported> notReported) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    StartupAccess access;

    @Inject
    People people;

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Figures of(Long programmeId) {
        Programme p = access.managedProgramme(programmeId);
        LocalDate today = Cohorts.today();
        Quarter last = Quarter.toReportOn(today);
        Map<Long, long[]> milestones = new HashMap<>();
        em.createNamedQuery(Milestone.STATES_PER_COHORT_OF_PROGRAMME, Object[].class)
                .setParameter("p", p).setParameter("today", today).getResultStream()
                .forEach(r -> milestones.put((Long) r[0], new long[] {num(r[1]), num(r[2]), num(r[3])}));
        Map<Long, long[]> startups = new HashMap<>();
        em.createNamedQuery(Startup.REPORTED_PER_COHORT_OF_PROGRAMME, Object[].class)
                .setParameter("p", p).setParameter("q", last.code()).getResultStream()
                .forEach(r -> startups.put((Long) r[0], new long[] {num(r[1]), num(r[2])}));
        List<CohortFigures> cohorts = new ArrayList<>();
        em.createNamedQuery(Cohort.ROWS_OF_PROGRAMME, Object[].class)
                .setParameter("p", p).getResultStream().forEach(r -> {
                    long[] m = milestones.getOrDefault((Long) r[0], new long[3]);
                    long[] s = startups.getOrDefault((Long) r[0], new long[2]);
                    cohorts.add(new CohortFigures((Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3], s[0], m[0], m[1], m[2],
                            s[1], s[0] - s[1]));
                });
        return new Figures(p.getId(), p.getName(), last.toString(), cohorts, trend(p.getId(), null, last), notReported(p, last, today));
    }

    /** KPI totals per quarter of one cohort of a programme the caller manages, oldest first. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<QuarterFigures> cohortTrend(Long cohortId) {
        Long programmeId = access.managedCohort(cohortId).getProgramme().getId();
        return trend(programmeId, cohortId, Quarter.toReportOn(Cohorts.today()));
    }

    private List<QuarterFigures> trend(Long programmeId, Long cohortId, Quarter last) {
        Quarter first = last;
        for (int i = 1; i < QUARTERS; i++) {
            first = first.previous();
        }
        TypedQuery<Object[]> q = em.createNamedQuery(cohortId == null ? KpiReport.TOTALS_PER_QUARTER_OF_PROGRAMME
                : KpiReport.TOTALS_PER_QUARTER_OF_COHORT, Object[].class)
                .setParameter("p", programmeId).setParameter("from", first.code()).setParameter("to", last.code());
        if (cohortId != null) {
            q.setParameter("c", cohortId);
        }
        return q.getResultStream().map(ProgrammeDashboard::quarter).toList();
    }

    /** Network-wide figures per site, for admins: programmes, cohorts, startups, milestones and the KPIs of the last quarter. */
    @RolesAllowed(Roles.ADMIN)
    public List<SiteFigures> network() {
        if (!people.callerHolds(Roles.ADMIN, null)) {
            throw Refusal.forbidden("error.forbidden");
        }
        LocalDate today = Cohorts.today();
        int q = Quarter.toReportOn(today).code();
        Map<Long, Object[]> kpis = new HashMap<>();
        em.createNamedQuery(KpiReport.TOTALS_PER_SITE_IN_QUARTER, Object[].class)
                .setParameter("q", q).getResultStream().forEach(r -> kpis.put((Long) r[0], r));
        Map<Long, long[]> ms = new HashMap<>();
        em.createNamedQuery(Milestone.STATES_PER_SITE, Object[].class)
                .setParameter("today", today).getResultStream().forEach(r -> ms.put((Long) r[0], new long[] {num(r[1]), num(r[2])}));
        return em.createNamedQuery(Programme.COUNTS_PER_SITE, Object[].class)
                .getResultStream().map(r -> {
                    Long site = (Long) r[0];
                    Object[] k = kpis.get(site);
                    long[] m = ms.getOrDefault(site, new long[2]);
                    return new SiteFigures(site, num(r[1]), num(r[2]), num(r[3]), m[0], m[1],
                            k == null ? BigDecimal.ZERO : (BigDecimal) k[1], k == null ? 0 : num(k[2]),
                            k == null ? BigDecimal.ZERO : (BigDecimal) k[3], k == null ? 0 : num(k[4]));
                }).toList();
    }

    /** The network's KPI totals per quarter, for admins. */
    @RolesAllowed(Roles.ADMIN)
    public List<QuarterFigures> networkTrend() {
        if (!people.callerHolds(Roles.ADMIN, null)) {
            throw Refusal.forbidden("error.forbidden");
        }
        Quarter last = Quarter.toReportOn(Cohorts.today());
        Quarter first = last;
        for (int i = 1; i < QUARTERS; i++) {
            first = first.previous();
        }
        return em.createNamedQuery(KpiReport.TOTALS_PER_QUARTER, Object[].class)
                .setParameter("from", first.code()).setParameter("to", last.code()).getResultStream().map(ProgrammeDashboard::quarter).toList();
    }

    private List<NotReported> notReported(Programme p, Quarter last, LocalDate today) {
        return em.createNamedQuery(Startup.NOT_REPORTED_IN_PROGRAMME, Object[].class)
                .setParameter("p", p).setParameter("q", last.code()).setParameter("last", last.lastDay()).setParameter("first", last.firstDay())
                .setMaxResults(200).getResultStream().map(r -> new NotReported((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    private static QuarterFigures quarter(Object[] r) {
        return new QuarterFigures(Quarter.ofCode(((Number) r[0]).intValue()).toString(), num(r[1]), dec(r[2]), num(r[3]), dec(r[4]), num(r[5]));
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal dec(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
