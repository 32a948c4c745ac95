package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.control.StartupAccess;
import eu.lorntech.totem.programme.entity.KpiLock;
import eu.lorntech.totem.programme.entity.KpiReport;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.Quarter;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Quarterly KPI reports: the founder writes one per quarter once it has ended and may correct it
 * until the programme manager locks the quarter. Locking and writing both take the programme's row
 * lock, so a report can never slip in after the lock.
 */
@Stateless
public class KpiReports {

    public record KpiView(Long startupId, String quarter, BigDecimal revenue, int jobs, BigDecimal fundsRaised, int customers,
            Instant reportedAt, boolean locked) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    StartupAccess access;

    @PermitAll
    public KpiView report(Long startupId, Quarter quarter, KpiReport.Figures figures) {
        Startup s = access.writable(startupId);
        Caller me = people.requireCurrent();
        Programme p = em.find(Programme.class, s.getCohort().getProgramme().getId(), LockModeType.PESSIMISTIC_WRITE);
        // locking reads from here on: on MariaDB's repeatable read a plain read would still see the snapshot
        // taken before waiting for the programme's row, without a lock committed meanwhile
        if (lockedNow(p.getId(), quarter)) {
            throw Refusal.conflict("kpi.locked", quarter.toString());
        }
        if (quarter.lastDay().isBefore(s.getCohort().getStartsOn().minusMonths(3))) {
            throw Refusal.invalid("kpi.quarter.beforeCohort");
        }
        KpiReport existing = em.createNamedQuery(KpiReport.OF_STARTUP_IN_QUARTER, KpiReport.class)
                .setParameter("s", s.getId()).setParameter("q", quarter.code()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (existing == null) {
            existing = new KpiReport(s.getId(), quarter, figures, me.id(), Instant.now(), Cohorts.today());
            em.persist(existing);
        } else {
            existing.revise(figures, me.id(), Instant.now());
        }
        return view(existing, false);
    }

    /** A startup's reports, the latest quarter first. */
    @PermitAll
    public List<KpiView> history(Long startupId) {
        Startup s = access.readable(startupId);
        List<Integer> locks = em.createNamedQuery(KpiLock.QUARTERS_OF_PROGRAMME, Integer.class)
                .setParameter("p", s.getCohort().getProgramme().getId()).getResultList();
        return em.createNamedQuery(KpiReport.OF_STARTUP, KpiReport.class)
                .setParameter("s", s.getId()).getResultStream().map(k -> view(k, locks.contains(k.getQuarter().code()))).toList();
    }

    @PermitAll
    public KpiView of(Long startupId, Quarter quarter) {
        Startup s = access.readable(startupId);
        KpiReport k = find(s.getId(), quarter);
        return k == null ? null : view(k, isLocked(s.getCohort().getProgramme().getId(), quarter));
    }

    @PermitAll
    public boolean isLocked(Long programmeId, Quarter quarter) {
        return em.find(KpiLock.class, new KpiLock.Key(programmeId, quarter.code())) != null;
    }

    /** Closes a quarter of a programme: its reports can no longer be written or changed. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void lock(Long programmeId, Quarter quarter) {
        access.managedProgramme(programmeId);
        Programme p = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (!quarter.lastDay().isBefore(Cohorts.today())) {
            throw Refusal.invalid("kpi.quarter.notEnded");
        }
        if (!lockedNow(p.getId(), quarter)) {
            em.persist(new KpiLock(p.getId(), quarter, people.requireCurrent().id(), Instant.now()));
        }
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<String> lockedQuarters(Long programmeId) {
        access.managedProgramme(programmeId);
        return em.createNamedQuery(KpiLock.QUARTERS_OF_PROGRAMME_LATEST_FIRST, Integer.class)
                .setParameter("p", programmeId).getResultStream().map(q -> Quarter.ofCode(q).toString()).toList();
    }

    /** Whether the quarter is locked, by a locking read that sees the latest committed lock. */
    private boolean lockedNow(Long programmeId, Quarter quarter) {
        return !em.createNamedQuery(KpiLock.OF_PROGRAMME_IN_QUARTER, KpiLock.class)
                .setParameter("p", programmeId).setParameter("q", quarter.code()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().isEmpty();
    }

    private KpiReport find(Long startupId, Quarter quarter) {
        return em.createNamedQuery(KpiReport.OF_STARTUP_IN_QUARTER, KpiReport.class)
                .setParameter("s", startupId).setParameter("q", quarter.code()).getResultStream().findFirst().orElse(null);
    }

    private static KpiView view(KpiReport k, boolean locked) {
        KpiReport.Figures f = k.getFigures();
        return new KpiView(k.getStartupId(), k.getQuarter().toString(), f.revenue(), f.jobs(), f.fundsRaised(), f.customers(),
                k.getReportedAt(), locked);
    }
}
