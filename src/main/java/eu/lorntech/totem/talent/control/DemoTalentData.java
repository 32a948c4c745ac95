package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.Sites.OrganisationView;
import eu.lorntech.totem.platform.persistence.DatabaseReady;
import eu.lorntech.totem.talent.entity.Candidate;
import eu.lorntech.totem.talent.entity.DetectionAction;
import eu.lorntech.totem.talent.entity.DetectionKind;
import eu.lorntech.totem.talent.entity.Skill;
import eu.lorntech.totem.talent.entity.Stage;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's talent pathways, modelled on the seeds: at Thi'Pi a hackathon and a visit of a lycée of
 * the Thionville area, with the university's entrepreneurship pole; at Ménil-Flin a visit of the
 * Lunéville–Baccarat trades campus (the employment-pathways pole). 60 candidates across every stage,
 * each with the history of their moves made by Paula Programmes (Thi'Pi) or the admin (Ménil-Flin).
 * The names are made up.
 */
@Stateless
public class DemoTalentData {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final List<String> FIRST = List.of("Léa", "Hugo", "Inès", "Nathan", "Jade", "Lucas", "Chloé", "Yanis", "Manon", "Théo", "Sarah",
            "Mathis", "Camille", "Noah", "Lina", "Enzo", "Zoé", "Rayan", "Emma", "Louis");
    static final List<String> LAST = List.of("Muller", "Schmitt", "Weber", "Klein", "Bernard", "Thomas", "Petit", "Meyer", "Hoffmann",
            "Fischer", "Martin", "Lambert", "Marchal", "Girard", "Roussel");

    /** The moves that bring a candidate to each stage, in order. */
    static final Map<Stage, List<Stage>> PATHS = Map.of(
            Stage.DETECTED, List.of(),
            Stage.ORIENTED, List.of(Stage.ORIENTED),
            Stage.IN_TRAINING, List.of(Stage.ORIENTED, Stage.IN_TRAINING),
            Stage.INTERNSHIP, List.of(Stage.ORIENTED, Stage.IN_TRAINING, Stage.INTERNSHIP),
            Stage.HIRED, List.of(Stage.ORIENTED, Stage.IN_TRAINING, Stage.INTERNSHIP, Stage.HIRED),
            Stage.FOUNDER, List.of(Stage.ORIENTED, Stage.FOUNDER),
            Stage.LEFT, List.of(Stage.ORIENTED, Stage.LEFT));

    static final List<Stage> SPREAD = List.of(Stage.DETECTED, Stage.ORIENTED, Stage.IN_TRAINING, Stage.ORIENTED, Stage.INTERNSHIP,
            Stage.IN_TRAINING, Stage.HIRED, Stage.DETECTED, Stage.FOUNDER, Stage.IN_TRAINING, Stage.LEFT, Stage.INTERNSHIP);

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    People people;

    @PermitAll
    public void load(@Observes @Priority(500) DatabaseReady ready) {
        if (!ready.wantsDemoData() || !em.createQuery("select c.id from Candidate c", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Map<String, Long> siteIds = new HashMap<>();
        sites.all().forEach(s -> siteIds.put(s.code(), s.id()));
        Long thipi = siteIds.get("thionville");
        Long menil = siteIds.get("menil-flin");
        Caller paula = people.byEmail("programmes@totem.example").orElse(null);
        Caller admin = people.byEmail("admin@totem.example").orElse(null);
        if (thipi == null || menil == null || paula == null || admin == null) {
            return;
        }
        LocalDate today = LocalDate.now(PARIS);
        Map<String, Long> thipiSchools = schools(thipi);
        Map<String, Long> menilSchools = schools(menil);
        Long colbert = thipiSchools.get("Lycée Colbert Thionville");
        Long fensch = thipiSchools.get("Lycée technologique du Val de Fensch");
        Long university = thipiSchools.get("Pôle entrepreneuriat étudiant, Université de Lorraine");
        Long campus = menilSchools.get("Campus des métiers Lunéville-Baccarat");
        Long lunevillois = menilSchools.get("Lycée des métiers du Lunévillois");

        DetectionAction hackathon = action(thipi, university, DetectionKind.HACKATHON, "Hackathon « Territoire intelligent » de Thi'Pi",
                today.minusDays(210));
        DetectionAction visit = action(thipi, colbert, DetectionKind.SCHOOL_VISIT, "Visite du lycée Colbert : métiers du numérique",
                today.minusDays(150));
        DetectionAction campusVisit = action(menil, campus, DetectionKind.SCHOOL_VISIT,
                "Visite du campus des métiers : les parcours vers l'emploi à Ménil-Flin", today.minusDays(120));

        List<Long> skills = new java.util.ArrayList<>();
        Map<String, Long> skillByCode = new HashMap<>();
        em.createNamedQuery(Skill.ACTIVE, Skill.class).getResultStream().forEach(sk -> {
            skills.add(sk.getId());
            skillByCode.put(sk.getCode(), sk.getId());
        });

        int n = 0;
        for (int i = 0; i < 40; i++, n++) {
            DetectionAction from = i % 3 == 0 ? visit : hackathon;
            Long school = i % 3 == 0 ? colbert : i % 5 == 0 ? fensch : university;
            candidate(thipi, n, school, from, SPREAD.get(i % SPREAD.size()), paula.id(), skills);
        }
        for (int i = 0; i < 20; i++, n++) {
            candidate(menil, n, i % 4 == 0 ? lunevillois : campus, i % 4 == 0 ? null : campusVisit, SPREAD.get((i + 5) % SPREAD.size()),
                    admin.id(), skills);
        }
        // Chloé Candidate keeps her own profile at Ménil-Flin (candidat@totem.example)
        people.byEmail("candidat@totem.example").ifPresent(chloe -> {
            Candidate c = new Candidate(menil, chloe.displayName(), chloe.email(), campus, campusVisit.getId(), null,
                    campusVisit.getHeldOn().atTime(11, 0).atZone(PARIS).toInstant());
            c.ownedBy(chloe.id());
            c.renewConsent(LocalDate.now(PARIS).minusMonths(2), 2);
            c.describe(Map.of(skillByCode.get("web-dev"), 3, skillByCode.get("mobile-dev"), 2, skillByCode.get("ux"), 2), Map.of("fr", "NATIVE", "de", "B1", "en", "B2"),
                    java.util.Set.of("FR", "LU"), LocalDate.now(PARIS).plusMonths(1), id -> true);
            em.persist(c);
            em.flush();
            em.persist(c.detected(chloe.id()));
            em.persist(c.moveTo(null, Stage.ORIENTED, admin.id(), "Intéressée par le développement web, mobile vers le Luxembourg.",
                    c.getStageSince().plus(20, ChronoUnit.DAYS)));
        });
    }



    private Map<String, Long> schools(Long site) {
        Map<String, Long> byName = new HashMap<>();
        for (OrganisationView o : sites.organisations(site, "SCHOOL")) {
            byName.put(o.name(), o.id());
        }
        return byName;
    }

    private DetectionAction action(Long site, Long school, DetectionKind kind, String title, LocalDate day) {
        DetectionAction a = new DetectionAction(site, school, kind, title, day);
        em.persist(a);
        return a;
    }

    /** A candidate detected at the action's date, moved along the path to {@code stage}, a few weeks per move. */
    private void candidate(Long site, int n, Long school, DetectionAction action, Stage stage, Long by, List<Long> skills) {
        String name = FIRST.get(n % FIRST.size()) + " " + LAST.get((n * 7) % LAST.size());
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace("é", "e").replace("è", "e").replace("ï", "i")
                .replace("ë", "e") + n + "@candidats.example";
        LocalDate detectedOn = action != null ? action.getHeldOn() : LocalDate.now(PARIS).minusDays(60 + n % 30);
        Instant at = detectedOn.atTime(10, 0).atZone(PARIS).toInstant();
        Candidate c = new Candidate(site, name, email, school, action == null ? null : action.getId(),
                n % 13 == 5 ? LocalDate.now(PARIS).minusDays(10L + n) : LocalDate.now(PARIS).plusYears(2).minusDays(n * 3L), at);
        if (!skills.isEmpty()) {
            Map<Long, Integer> mine = new HashMap<>();
            mine.put(skills.get(n % skills.size()), 1 + n % 4);
            mine.put(skills.get((n * 3 + 1) % skills.size()), 1 + (n + 1) % 4);
            c.describe(mine, n % 3 == 0 ? Map.of("fr", "NATIVE", "de", n % 2 == 0 ? "B2" : "A2") : Map.of("fr", "NATIVE", "en", "B1"),
                    n % 4 == 0 ? java.util.Set.of("FR", "LU") : java.util.Set.of("FR"), null, id -> true);
        }
        em.persist(c);
        em.flush();
        em.persist(c.detected(by));
        for (Stage next : PATHS.get(stage)) {
            at = at.plus(12 + (n * 5L) % 25, ChronoUnit.DAYS);
            if (at.isAfter(Instant.now())) {
                at = Instant.now().minus(1, ChronoUnit.DAYS);
            }
            em.persist(c.moveTo(null, next, by, next == Stage.LEFT ? "A choisi une autre voie." : null, at));
        }
    }
}
