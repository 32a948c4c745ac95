package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.coworking.boundary.TrainingBadges;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.programme.boundary.Calls;
import eu.lorntech.totem.programme.boundary.Cohorts;
import eu.lorntech.totem.programme.boundary.KpiReminders;
import eu.lorntech.totem.programme.boundary.KpiReports;
import eu.lorntech.totem.programme.boundary.Mentoring;
import eu.lorntech.totem.programme.boundary.Milestones;
import eu.lorntech.totem.programme.boundary.ProgrammeDashboard;
import eu.lorntech.totem.programme.entity.KpiReport;
import eu.lorntech.totem.programme.entity.ProgrammeKind;
import eu.lorntech.totem.programme.entity.Quarter;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** After the selection, inside the server: cohorts, milestones and badges, KPIs and their lock, mentoring, the dashboard, reminders. */
@TotemIT
class FollowUpIT {

    static final String MANAGER = "programmes@totem.example";
    static final Set<String> MANAGER_ROLES = Set.of("PROGRAMME_MANAGER");
    static final String FOUNDER = "fondatrice@totem.example";
    static final String OTHER_FOUNDER = "musee@totem.example";
    static final Set<String> FOUNDER_ROLES = Set.of("FOUNDER");
    static final String MENTOR = "mentor@totem.example";
    static final Set<String> MENTOR_ROLES = Set.of("MENTOR");
    static final String SPACE_MANAGER = "espaces@totem.example";
    static final String MEMBER = "membre@totem.example";
    static final Set<String> SPACE_MANAGER_ROLES = Set.of("SPACE_MANAGER");
    static final String ADMIN = "admin@totem.example";
    static final Set<String> ADMIN_ROLES = Set.of("ADMIN");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Calls calls;

    @Inject
    Cohorts cohorts;

    @Inject
    Milestones progress;

    @Inject
    KpiReports kpis;

    @Inject
    KpiReminders reminders;

    @Inject
    Mentoring mentoring;

    @Inject
    ProgrammeDashboard dashboard;

    @Inject
    TrainingBadges badges;

    @Inject
    People people;

    @Inject
    Sites sites;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TotemDS")
    javax.sql.DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.transaction.UserTransaction tx;

    final LocalDate today = Cohorts.today();
    final Quarter last = Quarter.toReportOn(today);

    /** A fresh programme with a two-step template (the second a laser training) and a cohort started six months ago. */
    record Fixture(Long site, Long programme, Long cohort, Long startup, Long laser) {
    }

    Fixture fixture() throws Exception {
        Long thipi = sites.all().stream().filter(s -> s.code().equals("thionville")).findFirst().orElseThrow().id();
        Long programme = As.user(MANAGER, MANAGER_ROLES, () -> calls.createProgramme(thipi, ProgrammeKind.ACCELERATION,
                "Accélération " + UUID.randomUUID().toString().substring(0, 8), null));
        Long laser = As.user(MANAGER, MANAGER_ROLES, () -> progress.machines(programme)).stream()
                .filter(m -> m.name().contains("laser")).findFirst().orElseThrow().id();
        As.run(MANAGER, MANAGER_ROLES, () -> {
            progress.addTemplate(programme, "Business model canvas", 2, null);
            progress.addTemplate(programme, "Formation découpe laser", 4, laser);
        });
        LocalDate start = last.firstDay().minusMonths(2);
        Long cohort = As.user(MANAGER, MANAGER_ROLES, () -> cohorts.createCohort(programme, "Promo test", start, start.plusYears(1)));
        Long startup = As.user(MANAGER, MANAGER_ROLES, () -> cohorts.addStartup(cohort, "Studio Test " + programme, FOUNDER));
        return new Fixture(thipi, programme, cohort, startup, laser);
    }

    @Test
    void aStartupGetsItsTemplateMilestonesAndATrainingAsksTheSpaceManagerForTheFablabBadge() throws Exception {
        Fixture f = fixture();
        List<Milestones.MilestoneView> milestones = As.user(FOUNDER, FOUNDER_ROLES, () -> progress.milestones(f.startup()));
        assertEquals(2, milestones.size());
        assertTrue(milestones.stream().allMatch(m -> "LATE".equals(m.state())), "both were due weeks ago: " + milestones);
        Milestones.MilestoneView training = milestones.stream().filter(Milestones.MilestoneView::training).findFirst().orElseThrow();
        Long fanny = people.byEmail(FOUNDER).orElseThrow().id();
        long evidenceBefore = count("select count(d) from Document d");

        Refusal tooLarge = assertThrows(Refusal.class, () -> As.user(FOUNDER, FOUNDER_ROLES, () -> progress.complete(training.id(), today, "fait",
                new Milestones.Upload("big.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]))));
        assertEquals("evidence.tooLarge", tooLarge.getMessageKey());
        assertEquals(evidenceBefore, count("select count(d) from Document d"), "nothing saved");
        assertEquals("LATE", As.user(FOUNDER, FOUNDER_ROLES, () -> progress.milestones(f.startup())).stream()
                .filter(m -> m.id().equals(training.id())).findFirst().orElseThrow().state());

        Refusal notHers = assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES,
                () -> progress.complete(training.id(), today, null, null)));
        assertEquals(Refusal.Kind.NOT_FOUND, notHers.getKind());

        Milestones.MilestoneView done = As.user(FOUNDER, FOUNDER_ROLES, () -> progress.complete(training.id(), today, "Attestation du ThiLab",
                new Milestones.Upload("attestation.pdf", "application/pdf", "%PDF-1.4 attestation".getBytes())));
        assertEquals("DONE", done.state());
        assertTrue(done.hasEvidence());
        assertFalse(badges.holds(fanny, f.laser()), "completing her own training grants her nothing by itself");
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> As.user(FOUNDER, FOUNDER_ROLES, () -> badges.grant(f.laser(), fanny)),
                "a founder may not grant herself a badge");
        assertEquals(Refusal.Kind.FORBIDDEN, assertThrows(Refusal.class, () -> As.user(MEMBER, SPACE_MANAGER_ROLES,
                () -> badges.grant(f.laser(), fanny))).getKind(), "only a space manager of the machine's site grants it");
        assertFalse(badges.holds(fanny, f.laser()));

        TrainingBadges.Pending request = As.user(SPACE_MANAGER, SPACE_MANAGER_ROLES, () -> badges.pending(f.site())).stream()
                .filter(p -> p.memberEmail().equals(FOUNDER) && p.reason().contains("Formation découpe laser")).findFirst()
                .orElseThrow(() -> new AssertionError("the training milestone filed a badge request"));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> As.run(FOUNDER, FOUNDER_ROLES, () -> badges.confirm(request.id())));
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.run(MEMBER, SPACE_MANAGER_ROLES, () -> badges.confirm(request.id()))).getKind());
        assertFalse(badges.holds(fanny, f.laser()));
        As.run(SPACE_MANAGER, SPACE_MANAGER_ROLES, () -> badges.confirm(request.id()));
        assertTrue(badges.holds(fanny, f.laser()), "the space manager confirmed the laser cutter badge");
        assertTrue(As.user(SPACE_MANAGER, SPACE_MANAGER_ROLES, () -> badges.pending(f.site())).stream()
                .noneMatch(p -> p.id().equals(request.id())), "no longer waiting");
        assertEquals("badgeRequest.alreadyConfirmed", assertThrows(Refusal.class,
                () -> As.run(SPACE_MANAGER, SPACE_MANAGER_ROLES, () -> badges.confirm(request.id()))).getMessageKey());
        @SuppressWarnings("unchecked")
        List<String> mails = em.createNativeQuery("select subject from mail_outbox where recipient = ?1 order by id desc")
                .setParameter(1, FOUNDER).setMaxResults(1).getResultList();
        assertEquals("Votre badge « " + request.machineName() + " » est actif", mails.get(0), "told in her language");
        Milestones.Upload file = As.user(MANAGER, MANAGER_ROLES, () -> progress.evidence(training.id()));
        assertEquals("attestation.pdf", file.fileName());
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES, () -> progress.evidence(training.id()))).getKind());
    }

    @Test
    void onlyTheFounderTheMentorsAndTheManagersSeeAStartup() throws Exception {
        Fixture f = fixture();
        for (String who : List.of(OTHER_FOUNDER, MENTOR)) {
            Refusal r = assertThrows(Refusal.class, () -> As.user(who, FOUNDER_ROLES, () -> cohorts.startup(f.startup())));
            assertEquals(Refusal.Kind.NOT_FOUND, r.getKind(), who);
            assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                    () -> As.user(who, FOUNDER_ROLES, () -> kpis.history(f.startup()))).getKind(), who);
            assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                    () -> As.user(who, FOUNDER_ROLES, () -> mentoring.sessions(f.startup()))).getKind(), who);
        }
        assertThrows(EJBAccessException.class, () -> As.user(FOUNDER, FOUNDER_ROLES, () -> cohorts.startups(f.cohort())));
        assertThrows(EJBAccessException.class, () -> As.user(FOUNDER, FOUNDER_ROLES, () -> dashboard.of(f.programme())));
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(MENTOR, MENTOR_ROLES, () -> mentoring.log(f.startup(), today, 60, "Pitch", null))).getKind(),
                "an unassigned mentor cannot log a session");

        As.run(MANAGER, MANAGER_ROLES, () -> cohorts.assignMentor(f.startup(), MENTOR));
        assertEquals("mentoring.notAMentor", assertThrows(Refusal.class,
                () -> As.run(MANAGER, MANAGER_ROLES, () -> cohorts.assignMentor(f.startup(), OTHER_FOUNDER))).getMessageKey());
        assertTrue(As.user(MENTOR, MENTOR_ROLES, () -> mentoring.myMentees()).stream().anyMatch(s -> s.id().equals(f.startup())));
        assertEquals("mentoring.minutes.invalid", assertThrows(Refusal.class,
                () -> As.user(MENTOR, MENTOR_ROLES, () -> mentoring.log(f.startup(), today, 900, "Pitch", null))).getMessageKey());
        As.user(MENTOR, MENTOR_ROLES, () -> mentoring.log(f.startup(), today.minusDays(3), 90, "Préparation du pitch", "Refaire la démo"));
        As.user(MENTOR, MENTOR_ROLES, () -> mentoring.log(f.startup(), today, 45, "Prix", null));
        assertEquals(2, As.user(FOUNDER, FOUNDER_ROLES, () -> mentoring.sessions(f.startup())).size());
        Mentoring.Hours hours = As.user(MANAGER, MANAGER_ROLES, () -> mentoring.hoursPerStartup(f.cohort())).get(0);
        assertEquals(135, hours.minutes());
        assertEquals(2, hours.sessions());
        Mentoring.Hours perMentor = As.user(MANAGER, MANAGER_ROLES, () -> mentoring.hoursPerMentor(f.programme())).get(0);
        assertEquals(135, perMentor.minutes());
    }

    @Test
    void kpisAreReportedOncePerQuarterAndFrozenWhenTheManagerLocksIt() throws Exception {
        Fixture f = fixture();
        KpiReport.Figures figures = new KpiReport.Figures(new BigDecimal("12000.00"), 3, new BigDecimal("50000"), 40);
        assertEquals("kpi.quarter.notEnded", assertThrows(Refusal.class,
                () -> As.user(FOUNDER, FOUNDER_ROLES, () -> kpis.report(f.startup(), Quarter.of(today), figures))).getMessageKey());
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES, () -> kpis.report(f.startup(), last, figures))).getKind());
        As.user(FOUNDER, FOUNDER_ROLES, () -> kpis.report(f.startup(), last, figures));
        KpiReport.Figures corrected = new KpiReport.Figures(new BigDecimal("12500.00"), 3, new BigDecimal("50000"), 41);
        As.user(FOUNDER, FOUNDER_ROLES, () -> kpis.report(f.startup(), last, corrected));
        assertEquals(1, count("select count(k) from KpiReport k where k.startupId = " + f.startup()), "one report per quarter");

        ProgrammeDashboard.Figures dash = As.user(MANAGER, MANAGER_ROLES, () -> dashboard.of(f.programme()));
        assertEquals(1, dash.cohorts().size());
        ProgrammeDashboard.CohortFigures c = dash.cohorts().get(0);
        assertEquals(1, c.startups());
        assertEquals(2, c.milestonesLate());
        assertEquals(1, c.reported());
        assertTrue(dash.notReported().isEmpty());
        ProgrammeDashboard.QuarterFigures q = dash.trend().get(dash.trend().size() - 1);
        assertEquals(last.toString(), q.quarter());
        assertEquals(0, new BigDecimal("12500").compareTo(q.revenue()));
        assertEquals(41, q.customers());

        As.run(MANAGER, MANAGER_ROLES, () -> kpis.lock(f.programme(), last));
        Refusal locked = assertThrows(Refusal.class, () -> As.user(FOUNDER, FOUNDER_ROLES,
                () -> kpis.report(f.startup(), last, new KpiReport.Figures(BigDecimal.ONE, 0, BigDecimal.ZERO, 0))));
        assertEquals("kpi.locked", locked.getMessageKey());
        KpiReports.KpiView kept = As.user(MANAGER, MANAGER_ROLES, () -> kpis.of(f.startup(), last));
        assertEquals(0, new BigDecimal("12500").compareTo(kept.revenue()), "nothing changed after the lock");
        assertTrue(kept.locked());
        assertThrows(EJBAccessException.class, () -> As.run(FOUNDER, FOUNDER_ROLES, () -> kpis.lock(f.programme(), last.previous())));
    }

    @Test
    void foundersWhoHaveNotReportedAreRemindedOnceInTheWeekBeforeTheDueDate() throws Exception {
        Fixture f = fixture();
        Long second = As.user(MANAGER, MANAGER_ROLES, () -> cohorts.addStartup(f.cohort(), "Vélo " + f.programme(), OTHER_FOUNDER));
        As.user(FOUNDER, FOUNDER_ROLES, () -> kpis.report(f.startup(), last,
                new KpiReport.Figures(BigDecimal.TEN, 1, BigDecimal.ZERO, 1)));
        LocalDate due = last.dueOn();
        // reminders are about the quarter that ends before the day they run: run them for our quarter's window
        assertEquals(0, As.user(ADMIN, ADMIN_ROLES, () -> reminders.remindOn(due.minusDays(KpiReminders.DAYS_BEFORE_DUE + 1))));
        int sent = As.user(ADMIN, ADMIN_ROLES, () -> reminders.remindOn(due.minusDays(3)));
        assertTrue(sent >= 1, "at least our second startup");
        assertEquals(1, count("select count(r) from KpiReminder r where r.startupId = " + second));
        assertEquals(0, count("select count(r) from KpiReminder r where r.startupId = " + f.startup()), "it has reported");
        assertEquals(0, As.user(ADMIN, ADMIN_ROLES, () -> reminders.remindOn(due.minusDays(2))), "once per quarter");
        @SuppressWarnings("unchecked")
        List<String> subjects = em.createNativeQuery("select subject from mail_outbox where recipient = ?1 order by id desc")
                .setParameter(1, OTHER_FOUNDER).setMaxResults(1).getResultList();
        assertTrue(subjects.get(0).contains(last.toString()), subjects.toString());
    }

    @Test
    void badInputChangesNothing() throws Exception {
        Fixture f = fixture();
        long cohortsBefore = count("select count(c) from Cohort c");
        assertEquals("cohort.dates.invalid", assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> cohorts.createCohort(f.programme(), "Inverse", today, today.minusDays(1)))).getMessageKey());
        assertEquals("cohort.name.taken", assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> cohorts.createCohort(f.programme(), "Promo test", today, today.plusMonths(6)))).getMessageKey());
        assertEquals(cohortsBefore, count("select count(c) from Cohort c"));
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(MANAGER, MANAGER_ROLES, () -> cohorts.startups(-1L))).getKind());
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(MANAGER, MANAGER_ROLES, () -> progress.complete(-1L, today, null, null))).getKind());
        assertEquals("milestone.weeks.invalid", assertThrows(Refusal.class,
                () -> As.user(MANAGER, MANAGER_ROLES, () -> progress.addTemplate(f.programme(), "Trop tard", 600, null))).getMessageKey());
        assertEquals("startup.name.taken", assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> cohorts.addStartup(f.cohort(), "Studio Test " + f.programme(), OTHER_FOUNDER))).getMessageKey());
        assertEquals(1, As.user(MANAGER, MANAGER_ROLES, () -> cohorts.startups(f.cohort())).size());
        assertNull(As.user(MANAGER, MANAGER_ROLES, () -> kpis.of(f.startup(), last)));
        assertFalse(As.user(MANAGER, MANAGER_ROLES, () -> kpis.isLocked(f.programme(), last)));
    }

    @Test
    void theDemoCohortIsThereWithTwelveStartupsAndHistory() throws Exception {
        Long incubation = As.user(MANAGER, MANAGER_ROLES, () -> cohorts.managedProgrammes()).stream()
                .filter(p -> p.kind().equals("INCUBATION")).findFirst().orElseThrow().id();
        ProgrammeDashboard.Figures dash = As.user(MANAGER, MANAGER_ROLES, () -> dashboard.of(incubation));
        assertEquals(12, dash.cohorts().get(0).startups());
        assertTrue(dash.trend().size() >= 3, dash.trend().toString());
        assertFalse(dash.notReported().isEmpty(), "some demo startups have not reported the last quarter");
        assertTrue(dash.cohorts().get(0).milestonesLate() > 0);
    }

    /**
     * Waits until {@code n} other transactions wait for a row lock, asking the database itself, 30 s at
     * most. H2 names each session's blocker. MariaDB lists a primary-key {@code for update} that waits
     * for its row in the process list (state "Statistics": the row is read while the plan is made,
     * before InnoDB lists the transaction in {@code innodb_trx}, which therefore stays empty).
     */
    void awaitBlockedTransactions(int n) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        long blocked = -1;
        while (System.nanoTime() < deadline) {
            try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
                boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2");
                try (java.sql.ResultSet r = s.executeQuery(h2
                        ? "select count(*) from information_schema.sessions where blocker_id is not null"
                        : "select count(*) from information_schema.processlist where command = 'Query'"
                                + " and info like '%for update%' and id <> connection_id()")) {
                    r.next();
                    blocked = r.getLong(1);
                }
            }
            if (blocked >= n) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("after 30 s, " + blocked + " of " + n + " transactions wait for the lock");
    }

    long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /**
     * Reports racing the lock of their quarter: the test holds the programme's row while ten reports
     * start (each has already read its startup) and the quarter is locked; once that commits, every
     * waiting report must see the lock and be refused. On MariaDB's repeatable read, a plain read of
     * the lock after waiting would still use the snapshot taken before it, and let them all in.
     */
    @Test
    void reportsWaitingWhileTheQuarterIsLockedAreAllRefused() throws Exception {
        Fixture f = fixture();
        List<Long> startups = new java.util.ArrayList<>();
        for (int n = 2; n <= 11; n++) {
            int k = n;
            startups.add(As.user(MANAGER, MANAGER_ROLES, () -> cohorts.addStartup(f.cohort(), "Course " + k, "fondateur" + k + "@totem.example")));
        }
        org.wildfly.security.auth.server.SecurityDomain domain = org.wildfly.security.auth.server.SecurityDomain.getCurrent();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(startups.size());
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        tx.begin();
        try {
            em.find(eu.lorntech.totem.programme.entity.Programme.class, f.programme(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            for (Long s : startups) {
                outcomes.add(pool.submit(() -> {
                    try {
                        As.user(domain, MANAGER, MANAGER_ROLES, () -> kpis.report(s, last, new KpiReport.Figures(BigDecimal.TEN, 1, BigDecimal.ZERO, 1)));
                        return "saved";
                    } catch (Refusal r) {
                        return r.getMessageKey();
                    }
                }));
            }
            awaitBlockedTransactions(startups.size());
            As.run(MANAGER, MANAGER_ROLES, () -> kpis.lock(f.programme(), last));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
        for (java.util.concurrent.Future<String> o : outcomes) {
            assertEquals("kpi.locked", o.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(0L, count("select count(k) from KpiReport k where k.startupId in (" + startups.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")) + ")"), "no report slipped in after the lock");
    }
}
