package eu.lorntech.totem.programme.control;

import eu.lorntech.totem.coworking.boundary.TrainingBadges;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.persistence.DatabaseReady;
import eu.lorntech.totem.programme.entity.Cohort;
import eu.lorntech.totem.programme.entity.KpiReport;
import eu.lorntech.totem.programme.entity.MentorAssignment;
import eu.lorntech.totem.programme.entity.MentoringSession;
import eu.lorntech.totem.programme.entity.Milestone;
import eu.lorntech.totem.programme.entity.MilestoneTemplate;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.ProgrammeKind;
import eu.lorntech.totem.programme.entity.Quarter;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's current incubation cohort at Thi'Pi: twelve startups (Fanny Fondatrice leads the
 * first; fondateur2 to fondateur12 the others), the programme's milestone template with a laser
 * cutter training, milestones done and late, KPI history since the cohort started (the last
 * quarter left for Fanny to report), Marc Mentor following half of them with logged sessions.
 */
@Stateless
public class DemoCohortData {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    TrainingBadges badges;

    @PermitAll
    public void load(@Observes @Priority(310) DatabaseReady ready) {
        if (!ready.wantsDemoData() || !em.createQuery("select c.id from Cohort c", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Programme incubation = em.createQuery("select p from Programme p where p.kind = :k order by p.id", Programme.class)
                .setParameter("k", ProgrammeKind.INCUBATION).setMaxResults(1).getResultStream().findFirst().orElse(null);
        Caller mentor = people.byEmail("mentor@totem.example").orElse(null);
        if (incubation == null || mentor == null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate start = today.minusWeeks(44).with(java.time.DayOfWeek.MONDAY);
        Cohort cohort = persist(new Cohort(incubation, "Promotion " + start.getYear() + "-" + (start.getYear() + 1), start, start.plusWeeks(52)));
        Long laser = badges.machines(incubation.getSiteId()).stream().filter(m -> m.name().toLowerCase().contains("laser"))
                .map(TrainingBadges.Machine::id).findFirst().orElse(null);
        String[][] steps = {{"Business model canvas", "4"}, {"Formation découpe laser au ThiLab", "6"},
            {"Vingt entretiens clients", "10"}, {"Prévisionnel financier sur trois ans", "16"}, {"Premier prototype (MVP)", "26"},
            {"Pitch devant les financeurs", "40"}, {"Premier client payant", "46"}, {"Demo day", "52"}};
        List<MilestoneTemplate> template = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            template.add(persist(new MilestoneTemplate(incubation.getId(), i + 1, steps[i][0], Integer.parseInt(steps[i][1]),
                    i == 1 ? laser : null)));
        }
        em.flush();
        Random random = new Random(2026);
        Quarter last = Quarter.toReportOn(today);
        for (int n = 1; n <= 12; n++) {
            Caller founder = people.byEmail(n == 1 ? "fondatrice@totem.example" : "fondateur" + n + "@totem.example").orElse(null);
            if (founder == null) {
                continue;
            }
            String name = n == 1 ? "Studio Fensch Animation" : founder.displayName().replaceFirst("^Équipe ", "");
            Startup s = persist(new Startup(cohort, name, founder.id(), start));
            em.flush();
            for (MilestoneTemplate t : template) {
                Milestone m = persist(new Milestone(s, t, cohort.dueOn(t)));
                LocalDate due = cohort.dueOn(t);
                // most startups keep up; a few are late on the steps already due
                if (due.isBefore(today) && random.nextInt(10) < 8) {
                    LocalDate done = due.minusDays(random.nextInt(10));
                    m.complete(done.isAfter(today) ? today : done, null, null, today);
                    if (t.getBadgeResourceId() != null) {
                        badges.request(t.getBadgeResourceId(), founder.id(), name + " – " + t.getTitle());
                    }
                }
            }
            double scale = 0.5 + random.nextDouble() * 2;
            int q = 0;
            for (Quarter quarter = Quarter.of(start); quarter.compareTo(last) <= 0; quarter = quarter.next(), q++) {
                if (n == 1 && quarter.equals(last)) {
                    continue;
                }
                if (quarter.equals(last) && n % 5 == 0) {
                    continue;
                }
                BigDecimal revenue = BigDecimal.valueOf(Math.round(scale * 4000 * q * q / 10.0) * 10L);
                BigDecimal funds = BigDecimal.valueOf(q == 2 && n % 3 == 0 ? Math.round(scale * 150) * 1000L : 0L);
                persist(new KpiReport(s.getId(), quarter, new KpiReport.Figures(revenue, 1 + q / 2 + (int) scale, funds, (int) (q * q * scale * 3)),
                        founder.id(), quarter.dueOn().minusDays(5).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), today));
            }
            if (n % 2 == 1) {
                persist(new MentorAssignment(s.getId(), mentor.id()));
                em.flush();
                String[] topics = {"Modèle économique et prix", "Préparation du pitch", "Recrutement du premier salarié",
                    "Dossier Bpifrance et prêt d’honneur", "Prospection transfrontalière (Luxembourg)"};
                for (int k = 0; k < 3 + n % 3; k++) {
                    persist(new MentoringSession(s.getId(), mentor.id(), start.plusWeeks(3 + k * 6L), 60 + 30 * (k % 3),
                            topics[(n + k) % topics.length], "Revoir ensemble dans six semaines.", today));
                }
            }
        }
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
