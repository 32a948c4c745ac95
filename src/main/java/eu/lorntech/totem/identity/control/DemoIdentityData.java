package eu.lorntech.totem.identity.control;

import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Organisation;
import eu.lorntech.totem.identity.entity.OrganisationKind;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.identity.entity.Site;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.persistence.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo's sites, organisations and one account per role (listed in the README). Loaded once,
 * into an empty database, only where {@link DatabaseReady#wantsDemoData()} (never in production).
 */
@Stateless
public class DemoIdentityData {

    public static final String DEMO_PASSWORD = "demo-totem-2026";
    public static final String DEMO_DOMAIN = "@totem.example";

    private static final Logger LOG = Logger.getLogger(DemoIdentityData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @PermitAll
    public void load(@Observes @Priority(100) DatabaseReady ready) {
        if (!ready.wantsDemoData() || !em.createNamedQuery(Site.ALL, Site.class).getResultList().isEmpty()) {
            return;
        }
        Site thipi = persist(new Site("thionville", "Thi'Pi", "Thionville"));
        Site menil = persist(new Site("menil-flin", "Centre d'innovation de Ménil-Flin", "Ménil-Flin"));

        List<String> startups = List.of("Studio Fensch Animation", "Moselle Drone Services", "Agrivolt Lorraine",
                "Kidiscope", "Trois Frontières Mobilité", "Datalor", "ThiLab Robotics", "Cyberlux Sécurité",
                "Ré-Emploi Numérique", "Santé Connect Est", "Logiwest", "Atelier Vélo Électrique");
        Organisation studio = null;
        for (String name : startups) {
            Organisation o = persist(new Organisation(thipi, OrganisationKind.STARTUP, name, null));
            studio = studio == null ? o : studio;
        }
        Organisation bikeMuseum = persist(new Organisation(menil, OrganisationKind.STARTUP, "Musée Moto & Vélo (projet)", null));
        Organisation puzzle = persist(new Organisation(thipi, OrganisationKind.COMPANY, "Puzzle, tiers-lieu", null));
        persist(new Organisation(menil, OrganisationKind.COMPANY, "Menuiserie Baccarat", null));
        persist(new Organisation(menil, OrganisationKind.COMPANY, "Cristallerie du Val", null));
        // the partner companies of the talent pathways, on both sides of the borders (made-up names)
        for (String name : List.of("Moselle Numérique", "Kirchberg Data Services", "Fensch Automatismes", "Saar Digital Werkstatt")) {
            persist(new Organisation(thipi, OrganisationKind.COMPANY, name, null));
        }
        for (String name : List.of("Lunéville Mécanique de Précision", "Vezouze Web Agence", "Faïencerie du Vezouze")) {
            persist(new Organisation(menil, OrganisationKind.COMPANY, name, null));
        }
        persist(new Organisation(thipi, OrganisationKind.SCHOOL, "Lycée Colbert Thionville", null));
        persist(new Organisation(thipi, OrganisationKind.SCHOOL, "Pôle entrepreneuriat étudiant, Université de Lorraine", null));
        persist(new Organisation(menil, OrganisationKind.SCHOOL, "Campus des métiers Lunéville-Baccarat", null));
        persist(new Organisation(thipi, OrganisationKind.SCHOOL, "Lycée technologique du Val de Fensch", null));
        persist(new Organisation(menil, OrganisationKind.SCHOOL, "Lycée des métiers du Lunévillois", null));

        String hash = hasher.hash(DEMO_PASSWORD.toCharArray());
        user("admin", "Alice Admin", Language.FR, thipi, hash, null, Role.ADMIN);
        user("espaces", "Samuel Espaces", Language.FR, thipi, hash, null, Role.SPACE_MANAGER, Role.MEMBER);
        user("programmes", "Paula Programmes", Language.FR, thipi, hash, null, Role.PROGRAMME_MANAGER);
        user("evenements", "Émile Événements", Language.FR, menil, hash, null, Role.EVENT_ORGANISER);
        user("mentor", "Marc Mentor", Language.DE, thipi, hash, null, Role.MENTOR);
        user("fondatrice", "Fanny Fondatrice", Language.FR, thipi, hash, studio, Role.FOUNDER, Role.MEMBER);
        user("membre", "Mia Membre", Language.EN, thipi, hash, null, Role.MEMBER);
        user("entreprise", "Eric Entreprise", Language.FR, thipi, hash, puzzle, Role.PARTNER_COMPANY);
        user("candidat", "Chloé Candidate", Language.FR, menil, hash, null, Role.CANDIDATE);
        user("musee", "Max Musée", Language.FR, menil, hash, bikeMuseum, Role.FOUNDER);
        // the founders of the other startups of Thi'Pi's current incubation cohort: fondateur2 to fondateur12
        List<Organisation> cohort = em.createQuery("select o from Organisation o where o.kind = :k and o.site = :s order by o.id", Organisation.class)
                .setParameter("k", OrganisationKind.STARTUP).setParameter("s", thipi).getResultList();
        for (int i = 1; i < cohort.size(); i++) {
            user("fondateur" + (i + 1), "Équipe " + cohort.get(i).getName(), Language.FR, thipi, hash, cohort.get(i), Role.FOUNDER);
        }
        LOG.info("Demo data loaded: 2 sites, 27 organisations, " + (9 + cohort.size()) + " accounts (password " + DEMO_PASSWORD + ")");
    }

    private void user(String local, String name, Language language, Site site, String hash, Organisation org, Role... roles) {
        User u = new User(local + DEMO_DOMAIN, name, language, site, Instant.now());
        u.changePassword(hash);
        if (org != null) {
            u.joinOrganisation(org);
        }
        for (Role r : roles) {
            u.grant(r, site);
        }
        em.persist(u);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
