package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.event.boundary.Workshops;
import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.FormPurpose;
import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.Response;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.persistence.DatabaseReady;
import eu.lorntech.totem.talent.entity.Campaign;
import eu.lorntech.totem.talent.entity.Invitation;
import eu.lorntech.totem.talent.entity.SizeBand;
import eu.lorntech.totem.talent.entity.SurveyWorkshop;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The demo's needs survey, after seed 003: at Ménil-Flin the campaign "Besoins numériques des
 * entreprises du territoire de Lunéville à Baccarat", open until ten days from now, 45 companies of the
 * area invited (names made up), 40 answers drawn with a fixed seed (so every demo shows the same
 * figures), and the territorial workshop on cybersecurity made from the results (a draft event).
 * Loaded once: nothing is added if the campaign exists.
 */
@Stateless
public class DemoSurveyData {

    public static final String TITLE = "Besoins numériques des entreprises du territoire de Lunéville à Baccarat";
    public static final String NEEDS = "Vos besoins numériques prioritaires";
    public static final String CYBER = "Cybersécurité";
    /** The demo workshop's title, a name written once here (as the manager would have typed it). */
    public static final String WORKSHOP = "Atelier territorial : Cybersécurité";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final List<String> SECTORS = List.of("Industrie", "Artisanat d’art (cristal, faïence)", "BTP", "Commerce", "Transport et logistique",
            "Services aux entreprises", "Agriculture et agroalimentaire", "Tourisme et hôtellerie");
    static final List<String> NEED_CHOICES = List.of(CYBER, "Site web et vente en ligne", "Formation du personnel au numérique",
            "Recrutement de profils numériques", "Données et intelligence artificielle", "Automatisation de la production",
            "Outils collaboratifs et travail à distance");
    static final List<String> SIZES = List.of("Moins de 10 salariés", "10 à 49 salariés", "50 à 249 salariés", "250 salariés et plus");

    /** Name, sector (index in SECTORS), size band, commune. */
    record Company(String name, int sector, SizeBand size, String commune) {
    }

    static final List<Company> COMPANIES = List.of(
            new Company("Cristallerie du Val de Meurthe", 1, SizeBand.MEDIUM, "Baccarat"),
            new Company("Faïencerie Saint-Clément Créations", 1, SizeBand.SMALL, "Lunéville"),
            new Company("Menuiserie Vosges-Meurthe", 2, SizeBand.SMALL, "Raon-l’Étape"),
            new Company("Transports Chenevières", 4, SizeBand.MEDIUM, "Chenevières"),
            new Company("Boulangerie du Château", 3, SizeBand.MICRO, "Lunéville"),
            new Company("Scierie de la Verdurette", 0, SizeBand.SMALL, "Ménil-Flin"),
            new Company("Garage Mortagne Auto", 3, SizeBand.MICRO, "Gerbéviller"),
            new Company("Ferme des Trois Vallées", 6, SizeBand.MICRO, "Azerailles"),
            new Company("Hôtel des Cristalliers", 7, SizeBand.SMALL, "Baccarat"),
            new Company("Mécanique de précision Lunévilloise", 0, SizeBand.MEDIUM, "Lunéville"),
            new Company("Plomberie Vezouze Services", 2, SizeBand.MICRO, "Blâmont"),
            new Company("Brasserie artisanale de la Meurthe", 6, SizeBand.MICRO, "Flin"),
            new Company("Cabinet comptable Leroy & Associés", 5, SizeBand.SMALL, "Lunéville"),
            new Company("Imprimerie des Bosquets", 0, SizeBand.SMALL, "Lunéville"),
            new Company("Électricité Gerbéviller", 2, SizeBand.MICRO, "Gerbéviller"),
            new Company("Laiterie de la Mortagne", 6, SizeBand.MEDIUM, "Magnières"),
            new Company("Camping du Lac de Pierre-Percée", 7, SizeBand.MICRO, "Pierre-Percée"),
            new Company("Charpentes de Vathiménil", 2, SizeBand.SMALL, "Vathiménil"),
            new Company("Logistique Est Meurthe", 4, SizeBand.MEDIUM, "Moncel-lès-Lunéville"),
            new Company("Atelier de broderie de Lunéville", 1, SizeBand.MICRO, "Lunéville"),
            new Company("Supérette de Bertrichamps", 3, SizeBand.MICRO, "Bertrichamps"),
            new Company("Plastiques techniques de Baccarat", 0, SizeBand.LARGE, "Baccarat"),
            new Company("Agence immobilière du Lunévillois", 5, SizeBand.MICRO, "Lunéville"),
            new Company("Fromagerie de Glonville", 6, SizeBand.MICRO, "Glonville"),
            new Company("Taxi Ambulances Raon", 4, SizeBand.MICRO, "Raon-l’Étape"),
            new Company("Chaudronnerie de Thiaville", 0, SizeBand.SMALL, "Thiaville-sur-Meurthe"),
            new Company("Gîtes de la Forêt de Mondon", 7, SizeBand.MICRO, "Hénaménil"),
            new Company("Conseil RH Meurthe-et-Vezouze", 5, SizeBand.MICRO, "Lunéville"),
            new Company("Maçonnerie Azerailles Frères", 2, SizeBand.SMALL, "Azerailles"),
            new Company("Verrerie d’art Deneuvre", 1, SizeBand.MICRO, "Deneuvre"),
            new Company("Cave des Côtes de Meurthe", 6, SizeBand.MICRO, "Saint-Clément"),
            new Company("Quincaillerie Centrale de Baccarat", 3, SizeBand.MICRO, "Baccarat"),
            new Company("Usinage Sud-Lorrain", 0, SizeBand.MEDIUM, "Gerbéviller"),
            new Company("Déménagements Lunévillois", 4, SizeBand.SMALL, "Lunéville"),
            new Company("Restaurant Le Petit Séminaire", 7, SizeBand.MICRO, "Ménil-Flin"),
            new Company("Bureau d’études Thermique Est", 5, SizeBand.SMALL, "Lunéville"),
            new Company("Pépinières de la Vezouze", 6, SizeBand.SMALL, "Domèvre-sur-Vezouze"),
            new Company("Couverture Zinguerie Raonnaise", 2, SizeBand.MICRO, "Raon-l’Étape"),
            new Company("Optique du Château", 3, SizeBand.MICRO, "Lunéville"),
            new Company("Emballages Cartonnés de la Meurthe", 0, SizeBand.LARGE, "Lunéville"),
            new Company("Taille de pierre Bréménil", 1, SizeBand.MICRO, "Bréménil"),
            new Company("Auto-école Baccarat Conduite", 5, SizeBand.MICRO, "Baccarat"),
            new Company("Négoce agricole du Lunévillois", 6, SizeBand.SMALL, "Einville-au-Jard"),
            new Company("Fonderie de Rambervillers-Baccarat", 0, SizeBand.MEDIUM, "Baccarat"),
            new Company("Carrosserie de Gerbéviller", 3, SizeBand.MICRO, "Gerbéviller"));

    static final List<String> TEXTS = List.of("Nous voulons vendre nos pièces en ligne à l’étranger, mais nous ne savons pas par où commencer.",
            "Une formation courte à la cybersécurité pour l’équipe administrative.",
            "Trouver un technicien en automatisme près de Baccarat est très difficile.",
            "Un atelier sur la facturation électronique obligatoire serait utile.",
            "Nous aimerions partager un expert en données avec d’autres entreprises du territoire.");

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    People people;

    @Inject
    FormAnswers forms;

    @Inject
    Workshops workshops;

    @Inject
    SurveyResults results;

    @PermitAll
    public void load(@Observes @Priority(550) DatabaseReady ready) {
        if (!ready.wantsDemoData() || !em.createQuery("select c.id from Campaign c", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Long menil = sites.all().stream().filter(s -> s.code().equals("menil-flin")).map(Sites.SiteView::id).findFirst().orElse(null);
        Caller admin = people.byEmail("admin@totem.example").orElse(null);
        if (menil == null || admin == null) {
            return;
        }
        LocalDate today = LocalDate.now(PARIS);
        Instant now = Instant.now();
        Form form = forms.newForm(FormPurpose.SURVEY);
        em.flush();
        Campaign c = new Campaign(menil, form.getId(), TITLE, today.minusWeeks(3), today.plusDays(10), 3, admin.id(), now);
        em.persist(c);
        forms.ask(form, List.of(
                new FormAnswers.QuestionDraft("SINGLE_CHOICE", "Secteur d’activité", String.join("\n", SECTORS), true),
                new FormAnswers.QuestionDraft("SINGLE_CHOICE", "Effectif de l’entreprise", String.join("\n", SIZES), true),
                new FormAnswers.QuestionDraft("MULTIPLE_CHOICE", NEEDS, String.join("\n", NEED_CHOICES), true),
                new FormAnswers.QuestionDraft("SCALE", "Maturité numérique de votre entreprise (1 : débutante, 5 : très avancée)", null, true),
                new FormAnswers.QuestionDraft("NUMBER", "Combien de salariés pourriez-vous former au numérique cette année ?", null, false),
                new FormAnswers.QuestionDraft("LONG_TEXT", "Un projet ou une attente à nous confier ?", null, false)));
        em.flush();
        List<Question> questions = forms.questions(form.getId());
        Random random = new Random(2026);
        for (int n = 0; n < COMPANIES.size(); n++) {
            Company co = COMPANIES.get(n);
            String email = "contact@" + slug(co.name()) + ".example";
            Invitation i = new Invitation(c.getId(), new Invitation.Company(co.name(), email, SECTORS.get(co.sector()), co.size(), co.commune(),
                    n % 9 == 4 ? "de" : "fr"), now.minusSeconds(21L * 86_400));
            em.persist(i);
            if (n < 40) {
                em.flush();
                answer(i, co, questions, random, now.minusSeconds(86_400L * (1 + random.nextInt(18))));
            }
        }
        em.flush();
        // the workshop the manager made of the first need: a draft at the site, three weeks from now
        Question needs = questions.get(2);
        int invited = results.chose(c.getId(), needs.getId(), CYBER).size();
        LocalDate day = today.plusWeeks(3);
        Long eventId = workshops.draftForDemo(menil, admin.id(), new Workshops.Draft(WORKSHOP,
                Texts.get(Locale.FRENCH, "survey.workshop.summary", CYBER, TITLE, invited), day.atTime(LocalTime.of(9, 0)).atZone(PARIS).toInstant(),
                day.atTime(LocalTime.NOON).atZone(PARIS).toInstant(), 40));
        em.persist(new SurveyWorkshop(c.getId(), needs.getId(), CYBER, eventId, invited, admin.id(), now));
    }

    private void answer(Invitation i, Company co, List<Question> q, Random random, Instant at) {
        Response r = new Response(em.find(Form.class, q.get(0).getForm().getId()));
        em.persist(r);
        em.flush();
        forms.answerTo(r, q.get(0)).write(SECTORS.get(co.sector()));
        forms.answerTo(r, q.get(1)).write(SIZES.get(co.size().ordinal()));
        List<String> needs = new ArrayList<>();
        for (int k = 0; k < NEED_CHOICES.size(); k++) {
            // cybersecurity and training are the most expressed, as in the seminar's debates
            double p = k == 0 ? 0.6 : k == 2 ? 0.5 : k == 5 && co.sector() == 0 ? 0.7 : 0.25;
            if (random.nextDouble() < p) {
                needs.add(NEED_CHOICES.get(k));
            }
        }
        if (needs.isEmpty()) {
            needs.add(NEED_CHOICES.get(random.nextInt(NEED_CHOICES.size())));
        }
        forms.answerTo(r, q.get(2)).write(String.join("\n", needs));
        forms.answerTo(r, q.get(3)).write(Integer.toString(Math.min(5, 1 + random.nextInt(3) + (co.size().ordinal() >= 2 ? 1 : 0))));
        if (random.nextInt(3) > 0) {
            forms.answerTo(r, q.get(4)).write(Integer.toString(random.nextInt(co.size() == SizeBand.MICRO ? 4 : 15)));
        }
        if (random.nextInt(4) == 0) {
            forms.answerTo(r, q.get(5)).write(TEXTS.get(random.nextInt(TEXTS.size())));
        }
        i.answered(r.getId(), at);
    }

    static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
