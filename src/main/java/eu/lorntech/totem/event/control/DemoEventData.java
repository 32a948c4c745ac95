package eu.lorntech.totem.event.control;

import eu.lorntech.totem.event.entity.CheckInResult;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.event.entity.EventOrganiser;
import eu.lorntech.totem.event.entity.EventSession;
import eu.lorntech.totem.event.entity.Feedback;
import eu.lorntech.totem.event.entity.Registration;
import eu.lorntech.totem.event.entity.RegistrationSource;
import eu.lorntech.totem.event.entity.SessionKind;
import eu.lorntech.totem.event.entity.SpeakerRole;
import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.FormPurpose;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.persistence.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * The demo's events, modelled on the seeds: at Ménil-Flin the seminar "La transformation numérique :
 * la nouvelle clé du succès" (2,000 seats) with its morning agenda; at Thi'Pi a smart-territory day
 * modelled on the Smart Cities Tour (welcome and demo space, a presentation, two round tables with a
 * moderator and panelists, a break, a short talk, closing words, a networking lunch and an afternoon
 * visit); ThiLab and Puzzle workshops of 10 to 20 seats, "Atelier ThiLab : découpe laser" full with a
 * waiting list, "Atelier ThiLab : impression 3D" past, with check-ins and feedback. The speakers'
 * names are made up. Émile Événements organises Ménil-Flin's events, the admin Thi'Pi's.
 */
@Stateless
public class DemoEventData {

    public static final String SEMINAR = "La transformation numérique : la nouvelle clé du succès";
    public static final String SMART_DAY = "Smart Cities Tour Thi'Pi : le territoire intelligent";
    public static final String LASER = "Atelier ThiLab : découpe laser";
    public static final String APP = "Atelier Puzzle : prototyper une appli";
    public static final String PRINTING = "Atelier ThiLab : impression 3D";

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    People people;

    private int guest;

    @PermitAll
    public void load(@Observes @Priority(400) DatabaseReady ready) {
        if (!ready.wantsDemoData() || !em.createQuery("select e.id from Event e", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Map<String, Long> siteIds = new java.util.HashMap<>();
        sites.all().forEach(s -> siteIds.put(s.code(), s.id()));
        Long thipi = siteIds.get("thionville");
        Long menil = siteIds.get("menil-flin");
        Caller emile = people.byEmail("evenements@totem.example").orElse(null);
        Caller admin = people.byEmail("admin@totem.example").orElse(null);
        if (thipi == null || menil == null || emile == null || admin == null) {
            return;
        }
        LocalDate today = LocalDate.now(PARIS);
        seminar(menil, emile.id(), today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        smartDay(thipi, admin.id(), today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)));
        workshops(thipi, admin.id(), today);
    }

    private void seminar(Long site, Long organiser, LocalDate day) {
        Event e = event(site, organiser, EventKind.SEMINAR, SEMINAR,
                "Un grand séminaire pour lancer la transformation numérique du territoire de Lunéville à Baccarat : des "
                        + "spécialistes des métiers du numérique, du web marketing et de l’innovation partagent toute la matinée leurs "
                        + "expériences, et présentent le futur centre d’innovation de Ménil-Flin.",
                "Circuit de Chenevières", at(day, 8, 30), at(day, 13, 30), 2000);
        session(e, SessionKind.WELCOME, "Accueil des invités", day, 8, 30, 9, 0, "Paddock");
        session(e, SessionKind.KEYNOTE, "Ouverture : pourquoi le numérique maintenant", day, 9, 0, 9, 30, "Grande tente",
                SpeakerRole.SPEAKER, "Hélène Marchal", "Présidente", "Communauté de communes du territoire de Lunéville à Baccarat");
        EventSession table = session(e, SessionKind.ROUND_TABLE, "La transformation numérique : la nouvelle clé du succès", day, 9, 30, 11, 0,
                "Grande tente", SpeakerRole.MODERATOR, "Claire Dumont", "Directrice de la communication", "LorNTech");
        table.addSpeaker(SpeakerRole.PANELIST, "Karim Benali", "Président fondateur", "École des métiers du numérique");
        table.addSpeaker(SpeakerRole.PANELIST, "Sophie Wagner", "Fondatrice", "Agence de web marketing");
        table.addSpeaker(SpeakerRole.PANELIST, "Luc Perrin", "Directeur des systèmes d’information", "Groupe de transport");
        session(e, SessionKind.BREAK, "Pause", day, 11, 0, 11, 15, "Paddock");
        session(e, SessionKind.PRESENTATION, "Demain à Ménil-Flin : le centre d’innovation et de vitalisation du territoire", day, 11, 15, 12, 0,
                "Grande tente", SpeakerRole.SPEAKER, "Claire Dumont", "Directrice de la communication", "LorNTech");
        session(e, SessionKind.TALK, "Mots de conclusion", day, 12, 0, 12, 15, "Grande tente");
        session(e, SessionKind.COCKTAIL, "Cocktail", day, 12, 15, 13, 30, "Paddock");
        register(e, 120, 0, false, Instant.now().minus(6, ChronoUnit.DAYS));
    }

    private void smartDay(Long site, Long organiser, LocalDate day) {
        Event e = event(site, organiser, EventKind.CONFERENCE, SMART_DAY,
                "Une journée pour démystifier le territoire intelligent avec les élus et cadres des petites et moyennes collectivités : "
                        + "gouvernance publique de la donnée, co-construction des services avec l’écosystème, smart territoire en zone "
                        + "périurbaine et transfrontalière, financement des projets.",
                "Thi'Pi, grand plateau", at(day, 8, 30), at(day, 16, 0), 80);
        session(e, SessionKind.WELCOME, "Accueil et espace démo", day, 8, 30, 9, 30, "Hall");
        session(e, SessionKind.DEMO_SPACE, "Espace démo des startups de Thi'Pi", day, 8, 30, 9, 30, "Hall");
        session(e, SessionKind.PRESENTATION, "Le smart territoire de l’agglomération", day, 9, 30, 9, 50, "Grand plateau",
                SpeakerRole.SPEAKER, "Paul Keller", "Président", "Communauté d’agglomération");
        EventSession first = session(e, SessionKind.ROUND_TABLE, "Construire le territoire intelligent en milieu périurbain", day, 9, 50, 10, 50,
                "Grand plateau", SpeakerRole.MODERATOR, "Aline Gomez", "Rédactrice en chef", "Magazine des villes intelligentes");
        first.addSpeaker(SpeakerRole.PANELIST, "Julien Roth", "Directeur général des services", "Communauté d’agglomération");
        first.addSpeaker(SpeakerRole.PANELIST, "Nadia Vaillant", "Directrice de projet", "Cabinet de conseil, Luxembourg");
        first.addSpeaker(SpeakerRole.PANELIST, "Marc Lagarde", "Expert du numérique des territoires", "Agence nationale");
        session(e, SessionKind.BREAK, "Pause", day, 10, 50, 11, 5, "Hall");
        EventSession second = session(e, SessionKind.ROUND_TABLE, "La gouvernance publique de la donnée", day, 11, 5, 12, 5, "Grand plateau",
                SpeakerRole.MODERATOR, "Nelly Moreau", "Rédactrice en chef adjointe", "Magazine des villes intelligentes");
        second.addSpeaker(SpeakerRole.PANELIST, "Patrick Risch", "Vice-président au numérique", "Communauté d’agglomération");
        second.addSpeaker(SpeakerRole.PANELIST, "Sarah Aboud", "Avocate", "Cabinet d’avocats");
        second.addSpeaker(SpeakerRole.PANELIST, "Emmanuel Pic", "Professeur de droit", "Chaire smart city et gouvernance de la donnée");
        session(e, SessionKind.TALK, "Territoires du futur Grand Est : partager et accélérer", day, 12, 5, 12, 20, "Grand plateau",
                SpeakerRole.SPEAKER, "Marie Tessier", "Conseillère régionale déléguée au numérique", "Région Grand Est");
        session(e, SessionKind.TALK, "Mots de conclusion", day, 12, 20, 12, 30, "Grand plateau",
                SpeakerRole.SPEAKER, "Jean-Luc Sarre", "Délégué", "Fédération des collectivités");
        session(e, SessionKind.LUNCH, "Déjeuner et échanges informels", day, 12, 30, 14, 0, "Hall");
        session(e, SessionKind.VISIT, "Visite de l’ancienne mine de fer", day, 14, 0, 16, 0, "Départ en car devant Thi'Pi");
        register(e, 34, 0, false, Instant.now().minus(4, ChronoUnit.DAYS));
    }

    private void workshops(Long site, Long organiser, LocalDate today) {
        LocalDate soon = today.plusDays(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Event laser = event(site, organiser, EventKind.WORKSHOP, LASER,
                "Deux heures au ThiLab pour apprendre à préparer un fichier, régler la découpeuse laser et repartir avec sa pièce.",
                "ThiLab", at(soon, 14, 0), at(soon, 16, 0), 10);
        register(laser, 10, 3, false, Instant.now().minus(3, ChronoUnit.DAYS));
        LocalDate later = today.plusDays(16).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Event app = event(site, organiser, EventKind.WORKSHOP, APP,
                "Avec l’équipe de Puzzle, passez d’une idée à un prototype cliquable en une soirée.", "Salle Moselle",
                at(later, 18, 0), at(later, 20, 30), 20);
        register(app, 7, 0, false, Instant.now().minus(2, ChronoUnit.DAYS));
        LocalDate past = today.minusDays(7);
        Event printing = new Event(site, EventKind.WORKSHOP, organiser, Instant.now().minus(30, ChronoUnit.DAYS),
                new Event.Details(PRINTING, "Découvrir l’impression 3D au ThiLab : du modèle à la pièce.", "ThiLab", "fr", at(past, 14, 0),
                        at(past, 16, 0), Instant.now().minus(30, ChronoUnit.DAYS), at(past, 14, 0), 12));
        persist(printing, organiser);
        List<Registration> came = register(printing, 12, 0, true, Instant.now().minus(20, ChronoUnit.DAYS));
        int[] ratings = {5, 4, 5, 3, 4, 5, 4, 5};
        String[] comments = {"Très concret, on repart avec sa pièce.", null, "Animateur passionnant.", "Un peu court.", null,
            "À refaire avec un niveau avancé !", null, null};
        for (int i = 0; i < ratings.length; i++) {
            em.persist(new Feedback(came.get(i), ratings[i], comments[i], null, at(past, 18, 0).plus(i, ChronoUnit.HOURS)));
        }
        printing.markFeedbackAsked(at(past, 16, 30));
    }

    private Event event(Long site, Long organiser, EventKind kind, String title, String summary, String venue, Instant starts, Instant ends,
            int capacity) {
        Event e = new Event(site, kind, organiser, Instant.now().minus(10, ChronoUnit.DAYS), new Event.Details(title, summary, venue, "fr",
                starts, ends, Instant.now().minus(10, ChronoUnit.DAYS), starts, capacity));
        persist(e, organiser);
        return e;
    }

    private void persist(Event e, Long organiser) {
        em.persist(e);
        Form registration = new Form(FormPurpose.EVENT);
        Form feedback = new Form(FormPurpose.FEEDBACK);
        em.persist(registration);
        em.persist(feedback);
        em.flush();
        e.useForms(registration.getId(), feedback.getId());
        e.publish();
        em.persist(new EventOrganiser(e.getId(), organiser));
    }

    private EventSession session(Event e, SessionKind kind, String title, LocalDate day, int h1, int m1, int h2, int m2, String room) {
        EventSession s = new EventSession(e, kind, title, at(day, h1, m1), at(day, h2, m2), room, null);
        em.persist(s);
        return s;
    }

    private EventSession session(Event e, SessionKind kind, String title, LocalDate day, int h1, int m1, int h2, int m2, String room,
            SpeakerRole role, String name, String jobTitle, String organisation) {
        EventSession s = session(e, kind, title, day, h1, m1, h2, m2, room);
        s.addSpeaker(role, name, jobTitle, organisation);
        return s;
    }

    /** {@code confirmed} people with seats, then {@code waiting} on the list; those who came are checked in at the door. */
    private List<Registration> register(Event e, int confirmed, int waiting, boolean came, Instant since) {
        List<Registration> made = new java.util.ArrayList<>();
        String[] first = {"Camille", "Léa", "Hugo", "Nina", "Thomas", "Inès", "Lucas", "Emma", "Jonas", "Sarah", "Paul", "Zoé", "Malik",
            "Anna", "Yanis", "Lena"};
        String[] last = {"Martin", "Schmitt", "Muller", "Weber", "Klein", "Dubois", "Becker", "Roux", "Hoffmann", "Laurent", "Fischer",
            "Girard"};
        String[] orgs = {"Studio Fensch Animation", "Puzzle", "Mairie de Thionville", "Menuiserie Baccarat", "Cristallerie du Val", null};
        for (int i = 0; i < confirmed + waiting; i++) {
            int n = guest++;
            String name = first[n % first.length] + " " + last[(n / first.length) % last.length];
            String email = "invite" + n + "@exemple.org";
            int no = e.place(1);
            Registration r = new Registration(e, new Registration.Person(name, email, orgs[n % orgs.length]), n % 5 == 0 ? "de" : "fr",
                    null, RegistrationSource.GUEST, no, TicketCodes.newTicketCode(), TicketCodes.newPersonalToken(),
                    since.plus(i * 37L, ChronoUnit.MINUTES));
            em.persist(r);
            if (came && i < confirmed - 1) {
                Instant in = e.getStartsAt().minus(10, ChronoUnit.MINUTES).plus(i, ChronoUnit.MINUTES);
                String station = i % 2 == 0 ? "Accueil ThiLab" : "Porte du hall";
                r.admit(station, in);
                em.flush();
                em.persist(new eu.lorntech.totem.event.entity.CheckIn(e.getId(), r, r.getTicketCode(), station, "demo-" + r.getId(),
                        CheckInResult.ADMITTED, in, null));
            }
            made.add(r);
        }
        em.flush();
        return made;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(PARIS).toInstant();
    }
}
