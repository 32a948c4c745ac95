package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.form.entity.Document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.lorntech.totem.platform.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules after the selection: quarters, milestones, KPI figures, mentoring sessions, cohorts. */
class FollowUpTest {

    final Programme incubation = new Programme(1L, ProgrammeKind.INCUBATION, "Incubation", null);
    final Cohort cohort = new Cohort(incubation, "Promo 2026", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 12, 18));
    final Startup startup = new Startup(cohort, "Studio", 7L, LocalDate.of(2026, 1, 12));

    @Test
    void quartersCodeParseAndDueDates() {
        Quarter q3 = Quarter.parse("2026-Q3");
        assertEquals(20263, q3.code());
        assertEquals(q3, Quarter.ofCode(20263));
        assertEquals(q3, Quarter.of(LocalDate.of(2026, 9, 30)));
        assertEquals(LocalDate.of(2026, 7, 1), q3.firstDay());
        assertEquals(LocalDate.of(2026, 9, 30), q3.lastDay());
        assertEquals(LocalDate.of(2026, 10, 15), q3.dueOn());
        assertEquals(Quarter.parse("2027-Q1"), Quarter.parse("2026-Q4").next());
        assertEquals(Quarter.parse("2025-Q4"), Quarter.parse("2026-Q1").previous());
        assertEquals(LocalDate.of(2027, 1, 15), Quarter.parse("2026-Q4").dueOn());
        assertEquals(Quarter.parse("2026-Q3"), Quarter.toReportOn(LocalDate.of(2026, 11, 22)));
        assertEquals("2026-Q3", q3.toString());
        for (String bad : new String[] {"2026-Q5", "2026-3", "Q3-2026", "", "2026-Q0"}) {
            assertEquals("kpi.quarter.invalid", assertThrows(Refusal.class, () -> Quarter.parse(bad)).getMessageKey(), bad);
        }
    }

    @Test
    void aMilestoneIsDueThenLateUnlessDone() {
        MilestoneTemplate pitch = new MilestoneTemplate(1L, 1, "Pitch deck", 6, null);
        LocalDate due = cohort.dueOn(pitch);
        assertEquals(LocalDate.of(2026, 2, 23), due);
        Milestone m = new Milestone(startup, pitch, due);
        assertEquals(Milestone.State.DUE, m.stateOn(due));
        assertEquals(Milestone.State.LATE, m.stateOn(due.plusDays(1)));
        assertEquals("milestone.doneOn.invalid", assertThrows(Refusal.class,
                () -> m.complete(due.plusDays(3), null, null, due.plusDays(2))).getMessageKey());
        m.complete(due.plusDays(2), "  envoyé au jury  ", 5L, due.plusDays(2));
        assertEquals(Milestone.State.DONE, m.stateOn(due.plusDays(30)));
        assertEquals("envoyé au jury", m.getNote());
        assertEquals(5L, m.getEvidenceId());
        assertEquals("milestone.alreadyDone", assertThrows(Refusal.class,
                () -> m.complete(due.plusDays(2), null, null, due.plusDays(2))).getMessageKey());
        m.reopen();
        assertEquals(Milestone.State.LATE, m.stateOn(due.plusDays(30)));
        assertNull(m.grantsBadgeFor());
        assertEquals(42L, new Milestone(startup, new MilestoneTemplate(1L, 2, "Laser training", 2, 42L), due).grantsBadgeFor());
    }

    @Test
    void kpiFiguresAreNonNegativeWithTwoDecimalsAndOnlyForAnEndedQuarter() {
        KpiReport.Figures ok = new KpiReport.Figures(new BigDecimal("12500.50"), 3, BigDecimal.ZERO, 40);
        assertEquals("kpi.figures.negative", assertThrows(Refusal.class,
                () -> new KpiReport.Figures(new BigDecimal("-1"), 3, BigDecimal.ZERO, 40)).getMessageKey());
        assertEquals("kpi.figures.negative", assertThrows(Refusal.class,
                () -> new KpiReport.Figures(BigDecimal.ONE, -1, BigDecimal.ZERO, 40)).getMessageKey());
        assertEquals("kpi.figures.tooLarge", assertThrows(Refusal.class,
                () -> new KpiReport.Figures(new BigDecimal("1.005"), 1, BigDecimal.ZERO, 0)).getMessageKey());
        assertEquals("kpi.figures.required", assertThrows(Refusal.class,
                () -> new KpiReport.Figures(null, 1, BigDecimal.ZERO, 0)).getMessageKey());
        Instant now = Instant.parse("2026-09-30T12:00:00Z");
        assertEquals("kpi.quarter.notEnded", assertThrows(Refusal.class,
                () -> new KpiReport(1L, Quarter.parse("2026-Q3"), ok, 7L, now, LocalDate.of(2026, 9, 30))).getMessageKey());
        KpiReport r = new KpiReport(1L, Quarter.parse("2026-Q3"), ok, 7L, now, LocalDate.of(2026, 10, 1));
        assertEquals(Quarter.parse("2026-Q3"), r.getQuarter());
        assertEquals(ok, r.getFigures());
    }

    @Test
    void mentoringSessionsHaveABoundedDurationTopicsAndAPastDate() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertEquals("mentoring.minutes.invalid", assertThrows(Refusal.class,
                () -> new MentoringSession(1L, 2L, today, 4, "Pitch", null, today)).getMessageKey());
        assertEquals("mentoring.minutes.invalid", assertThrows(Refusal.class,
                () -> new MentoringSession(1L, 2L, today, 721, "Pitch", null, today)).getMessageKey());
        assertEquals("mentoring.topics.invalid", assertThrows(Refusal.class,
                () -> new MentoringSession(1L, 2L, today, 60, " ", null, today)).getMessageKey());
        assertEquals("mentoring.date.invalid", assertThrows(Refusal.class,
                () -> new MentoringSession(1L, 2L, today.plusDays(1), 60, "Pitch", null, today)).getMessageKey());
        assertEquals(90, new MentoringSession(1L, 2L, today, 90, "Pitch", " ", today).getMinutes());
    }

    @Test
    void cohortsNeedANameAndOrderedDatesAndOnlyAcceptedApplicationsJoin() {
        assertEquals("cohort.dates.invalid", assertThrows(Refusal.class,
                () -> new Cohort(incubation, "X", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1))).getMessageKey());
        assertEquals("cohort.name.invalid", assertThrows(Refusal.class,
                () -> new Cohort(incubation, " ", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))).getMessageKey());
        Instant opens = Instant.parse("2026-01-01T00:00:00Z");
        CallForApplications call = new CallForApplications(incubation, "Appel", opens, opens.plusSeconds(86_400 * 30), false);
        Application a = new Application(call, 7L, "Studio", "x", opens);
        assertEquals("cohort.notAccepted", assertThrows(Refusal.class, () -> Startup.admit(a, cohort, LocalDate.of(2026, 2, 1))).getMessageKey());
    }

    @Test
    void evidenceIsAtMostTenMegabytes() {
        assertEquals("evidence.tooLarge", assertThrows(Refusal.class,
                () -> Document.evidence("big.pdf", "application/pdf", new byte[(int) Document.MAX_BYTES + 1], 1L, Instant.now())).getMessageKey());
        assertEquals("evidence.empty", assertThrows(Refusal.class,
                () -> Document.evidence("none.pdf", "application/pdf", new byte[0], 1L, Instant.now())).getMessageKey());
        assertEquals(3, Document.evidence(null, null, new byte[3], 1L, Instant.now()).getSize());
    }
}
