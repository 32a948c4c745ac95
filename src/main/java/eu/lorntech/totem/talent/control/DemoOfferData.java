package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.Sites.OrganisationView;
import eu.lorntech.totem.platform.persistence.DatabaseReady;
import eu.lorntech.totem.talent.entity.JobApplication;
import eu.lorntech.totem.talent.entity.ApplicationStatus;
import eu.lorntech.totem.talent.entity.Candidate;
import eu.lorntech.totem.talent.entity.CompanyPage;
import eu.lorntech.totem.talent.entity.Contract;
import eu.lorntech.totem.talent.entity.Offer;
import eu.lorntech.totem.talent.entity.OfferKind;
import eu.lorntech.totem.talent.entity.Placement;
import eu.lorntech.totem.talent.entity.Requirement;
import eu.lorntech.totem.talent.entity.Sector;
import eu.lorntech.totem.talent.entity.Skill;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's partner companies and their offers: ten companies of both sites (two in Luxembourg, one in
 * Saarland), fifteen offers open today or closed, applications from the demo candidates at every step,
 * and the placements of the hires. The matches are scored once everything is in.
 */
@Stateless
public class DemoOfferData {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A company: its sector, country and commune. */
    record Firm(String name, Sector sector, String country, String commune, String about) {
    }

    static final List<Firm> FIRMS = List.of(
            new Firm("Puzzle, tiers-lieu", Sector.SERVICES, "FR", "Thionville", "Tiers-lieu, fablab et espace de coworking au cœur de Thionville."),
            new Firm("Moselle Numérique", Sector.DIGITAL, "FR", "Thionville", "Agence de développement web et mobile pour les collectivités et les PME."),
            new Firm("Kirchberg Data Services", Sector.DIGITAL, "LU", "Luxembourg", "Services de données et de cloud pour la finance, à Luxembourg-Kirchberg."),
            new Firm("Fensch Automatismes", Sector.INDUSTRY, "LU", "Esch-sur-Alzette", "Automatismes et électronique embarquée pour l’industrie."),
            new Firm("Saar Digital Werkstatt", Sector.DIGITAL, "DE", "Saarbrücken", "Digitalagentur für den Mittelstand im Saarland."),
            new Firm("Menuiserie Baccarat", Sector.CRAFTS, "FR", "Baccarat", "Menuiserie et agencement, découpe numérique."),
            new Firm("Cristallerie du Val", Sector.CRAFTS, "FR", "Baccarat", "Art de la table et pièces uniques, conception 3D."),
            new Firm("Lunéville Mécanique de Précision", Sector.INDUSTRY, "FR", "Lunéville", "Usinage de précision et prototypage."),
            new Firm("Vezouze Web Agence", Sector.DIGITAL, "FR", "Lunéville", "Sites, boutiques en ligne et marketing numérique pour les commerces du Lunévillois."),
            new Firm("Faïencerie du Vezouze", Sector.CRAFTS, "FR", "Lunéville", "Faïence décorée, vente en ligne et à l’export."));

    /** An offer of the demo: company, kind, contract, title, place, country, required skills, wished skills, languages, days open around today. */
    record Post(String firm, OfferKind kind, Contract contract, String title, String place, String country, List<String> required, List<String> wished,
            Map<String, String> languages, int openedDaysAgo, int closesInDays) {
    }

    static final List<Post> POSTS = List.of(
            new Post("Puzzle, tiers-lieu", OfferKind.MISSION, Contract.FREELANCE, "Animation des ateliers du fablab", "Thionville", "FR",
                    List.of("3d-print"), List.of("laser", "electronics"), Map.of("fr", "C1"), 20, 40),
            new Post("Moselle Numérique", OfferKind.JOB, Contract.PERMANENT, "Développeur·se web full stack", "Thionville", "FR",
                    List.of("web-dev", "java"), List.of("cloud", "ux"), Map.of("fr", "C1", "en", "B1"), 10, 50),
            new Post("Moselle Numérique", OfferKind.INTERNSHIP, Contract.INTERNSHIP, "Stage développement mobile", "Thionville", "FR",
                    List.of("mobile-dev"), List.of("web-dev", "ux"), Map.of("fr", "B2"), 5, 60),
            new Post("Kirchberg Data Services", OfferKind.JOB, Contract.PERMANENT, "Data analyst (finance)", "Luxembourg", "LU",
                    List.of("data", "python"), List.of("cloud"), Map.of("fr", "B2", "en", "C1", "de", "B1"), 15, 45),
            new Post("Kirchberg Data Services", OfferKind.JOB, Contract.FIXED_TERM, "Ingénieur·e cloud et DevOps", "Luxembourg", "LU",
                    List.of("cloud", "networks"), List.of("security", "python"), Map.of("en", "B2"), 3, 80),
            new Post("Fensch Automatismes", OfferKind.APPRENTICESHIP, Contract.APPRENTICESHIP, "Alternance électronique embarquée", "Esch-sur-Alzette", "LU",
                    List.of("electronics"), List.of("python"), Map.of("fr", "B2", "de", "A2"), 30, 30),
            new Post("Saar Digital Werkstatt", OfferKind.JOB, Contract.PERMANENT, "Webentwickler·in (Frontend)", "Saarbrücken", "DE",
                    List.of("web-dev"), List.of("ux", "mobile-dev"), Map.of("de", "B2", "fr", "B1"), 8, 52),
            new Post("Saar Digital Werkstatt", OfferKind.INTERNSHIP, Contract.INTERNSHIP, "Praktikum Digitales Marketing", "Saarbrücken", "DE",
                    List.of("marketing"), List.of("ux"), Map.of("de", "B1"), 12, 35),
            new Post("Menuiserie Baccarat", OfferKind.APPRENTICESHIP, Contract.APPRENTICESHIP, "Apprenti·e menuisier, commande numérique", "Baccarat", "FR",
                    List.of("laser"), List.of("3d-print", "project"), Map.of("fr", "B1"), 25, 65),
            new Post("Cristallerie du Val", OfferKind.INTERNSHIP, Contract.INTERNSHIP, "Stage conception et animation 3D", "Baccarat", "FR",
                    List.of("animation"), List.of("3d-print", "ux"), Map.of("fr", "B2"), 7, 53),
            new Post("Lunéville Mécanique de Précision", OfferKind.JOB, Contract.FIXED_TERM, "Technicien·ne prototypage", "Lunéville", "FR",
                    List.of("3d-print", "laser"), List.of("electronics"), Map.of("fr", "B2"), 14, 46),
            new Post("Vezouze Web Agence", OfferKind.JOB, Contract.PERMANENT, "Chargé·e de marketing numérique", "Lunéville", "FR",
                    List.of("marketing"), List.of("web-dev", "sales"), Map.of("fr", "C1"), 9, 51),
            new Post("Vezouze Web Agence", OfferKind.INTERNSHIP, Contract.INTERNSHIP, "Stage développement web", "Lunéville", "FR",
                    List.of("web-dev"), List.of("ux", "marketing"), Map.of("fr", "B2"), 4, 56),
            new Post("Faïencerie du Vezouze", OfferKind.MISSION, Contract.FREELANCE, "Boutique en ligne et export", "Lunéville", "FR",
                    List.of("sales"), List.of("marketing", "web-dev"), Map.of("fr", "C1", "de", "B1"), 6, 24),
            new Post("Moselle Numérique", OfferKind.JOB, Contract.PERMANENT, "Chef·fe de projet numérique", "Thionville", "FR",
                    List.of("project"), List.of("web-dev"), Map.of("fr", "C1"), 120, -30));

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    People people;

    @Inject
    Matching matching;

    @PermitAll
    public void load(@Observes @Priority(520) DatabaseReady ready) {
        if (!ready.wantsDemoData() || !em.createQuery("select o.id from Offer o", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Map<String, OrganisationView> firms = new HashMap<>();
        Map<String, Long> firmSite = new HashMap<>();
        sites.all().forEach(s -> sites.organisations(s.id(), "COMPANY").forEach(o -> {
            firms.put(o.name(), o);
            firmSite.put(o.name(), s.id());
        }));
        if (!firms.keySet().containsAll(FIRMS.stream().map(Firm::name).toList())) {
            return;
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(PARIS);
        for (Firm f : FIRMS) {
            CompanyPage p = new CompanyPage(firms.get(f.name()).id());
            p.describe(f.sector(), f.country(), f.commune(), null, f.about(), now);
            em.persist(p);
        }
        Map<String, Long> skill = new HashMap<>();
        em.createNamedQuery(Skill.ACTIVE, Skill.class).getResultStream().forEach(s -> skill.put(s.getCode(), s.getId()));
        Long by = people.byEmail("entreprise@totem.example").map(c -> c.id()).orElse(null);
        List<Offer> offers = new ArrayList<>();
        for (Post p : POSTS) {
            Offer o = new Offer(firms.get(p.firm()).id(), firmSite.get(p.firm()), by, now.minus(p.openedDaysAgo(), ChronoUnit.DAYS));
            List<Requirement> r = new ArrayList<>();
            p.required().forEach(code -> r.add(new Requirement(skill.get(code), true, 2)));
            p.wished().forEach(code -> r.add(new Requirement(skill.get(code), false, 1)));
            LocalDate opens = today.minusDays(p.openedDaysAgo());
            // a closed offer: described as it was on its opening day
            o.describe(new Offer.Terms(p.kind(), p.title(), null, p.place(), p.country(), p.contract(), opens, today.plusDays(p.closesInDays()), r,
                    p.languages()), p.closesInDays() < 0 ? opens : today, id -> true);
            em.persist(o);
            offers.add(o);
        }
        em.flush();
        matching.refreshAll(today);
        applications(offers, today, now);
    }

    /** The demo candidates apply to the offers that fit them best; some reach an interview, an offer, a hire (a placement) or a refusal. */
    private void applications(List<Offer> offers, LocalDate today, Instant now) {
        List<ApplicationStatus> steps = List.of(ApplicationStatus.RECEIVED, ApplicationStatus.INTERVIEW, ApplicationStatus.RECEIVED, ApplicationStatus.OFFER,
                ApplicationStatus.HIRED, ApplicationStatus.DECLINED, ApplicationStatus.RECEIVED, ApplicationStatus.HIRED);
        Map<Long, Sector> sectors = new HashMap<>();
        em.createQuery("select p from CompanyPage p", CompanyPage.class).getResultStream().forEach(p -> sectors.put(p.getOrganisationId(), p.getSector()));
        int n = 0;
        for (Offer o : offers) {
            if (!o.isOpen(today)) {
                continue;
            }
            for (Long candidateId : matching.bestCandidates(o.getId(), today, 2).keySet()) {
                Candidate c = em.find(Candidate.class, candidateId);
                if (c.getUserId() != null) {
                    continue; // the demo candidate account applies by herself
                }
                Instant applied = now.minus(o.getId() % 5 + 1, ChronoUnit.DAYS);
                JobApplication a = new JobApplication(o.getId(), c.getId(), "Bonjour, votre offre correspond à mon parcours : je serais ravi·e d’en parler.", applied);
                em.persist(a);
                em.flush();
                ApplicationStatus target = steps.get(n++ % steps.size());
                for (ApplicationStatus s : path(target)) {
                    em.persist(a.moveTo(a.getStatus(), s, s == ApplicationStatus.DECLINED ? "Merci pour votre candidature : le poste est pourvu." : null, null,
                            applied.plus(1, ChronoUnit.DAYS)));
                }
                if (target == ApplicationStatus.HIRED) {
                    em.persist(new Placement(a, o, sectors.getOrDefault(o.getOrganisationId(), Sector.SERVICES), today.minusDays(1)));
                }
            }
        }
    }

    static List<ApplicationStatus> path(ApplicationStatus target) {
        return switch (target) {
            case RECEIVED -> List.of();
            case INTERVIEW -> List.of(ApplicationStatus.INTERVIEW);
            case OFFER -> List.of(ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER);
            case HIRED -> List.of(ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER, ApplicationStatus.HIRED);
            case DECLINED -> List.of(ApplicationStatus.INTERVIEW, ApplicationStatus.DECLINED);
        };
    }
}
