package eu.lorntech.totem.coworking.control;

import eu.lorntech.totem.coworking.entity.Badge;
import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.coworking.entity.Closure;
import eu.lorntech.totem.coworking.entity.CoworkingSite;
import eu.lorntech.totem.coworking.entity.OpeningHours;
import eu.lorntech.totem.coworking.entity.Plan;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.coworking.entity.Subscription;
import eu.lorntech.totem.coworking.entity.TimeSlot;
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
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo's coworking: desks, meeting rooms and ThiLab machines at Thi'Pi, desks and seminar rooms at
 * Ménil-Flin, two plans per site, and four weeks of bookings around today. Loaded after the
 * identity demo data, only where demo data is wanted.
 */
@Stateless
public class DemoCoworkingData {

    private static final Logger LOG = Logger.getLogger(DemoCoworkingData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    People people;

    @PermitAll
    public void load(@Observes @Priority(200) DatabaseReady ready) {
        if (!ready.wantsDemoData() || !em.createQuery("select r.id from Resource r", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Map<String, Long> siteIds = new java.util.HashMap<>();
        sites.all().forEach(s -> siteIds.put(s.code(), s.id()));
        Long thipi = siteIds.get("thionville");
        Long menil = siteIds.get("menil-flin");
        if (thipi == null || menil == null) {
            return;
        }
        ZoneId zone = ZoneId.of("Europe/Paris");
        for (Long site : List.of(thipi, menil)) {
            em.persist(new CoworkingSite(site));
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                em.persist(new OpeningHours(site, d, LocalTime.of(8, 0), LocalTime.of(19, 0)));
            }
            LocalDate today = LocalDate.now(zone);
            for (LocalDate holiday : List.of(LocalDate.of(today.getYear(), 12, 25), LocalDate.of(today.getYear() + 1, 1, 1),
                    LocalDate.of(today.getYear(), 12, 26))) {
                em.persist(new Closure(site, holiday, holiday.getMonthValue() == 1 ? "Jour de l’an" : "Noël / Saint-Étienne (Alsace-Moselle)"));
            }
        }
        em.persist(new OpeningHours(thipi, DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));

        List<Resource> thipiResources = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            thipiResources.add(persist(new Resource(thipi, ResourceKind.HOT_DESK, "Poste nomade " + i, 1).durations(60, 660, 0)
                    .describedAs("Poste en open space, écran 24 pouces, Wi-Fi fibre")));
        }
        thipiResources.add(persist(new Resource(thipi, ResourceKind.FIXED_DESK, "Bureau fixe A", 1).durations(60, 660, 0).describedAs("Bureau attitré avec caisson")));
        thipiResources.add(persist(new Resource(thipi, ResourceKind.FIXED_DESK, "Bureau fixe B", 1).durations(60, 660, 0).describedAs("Bureau attitré avec caisson")));
        Resource fensch = persist(new Resource(thipi, ResourceKind.MEETING_ROOM, "Salle Fensch", 8).durations(30, 240, 15)
                .describedAs("Écran, visioconférence"));
        Resource moselle = persist(new Resource(thipi, ResourceKind.MEETING_ROOM, "Salle Moselle", 12).durations(30, 480, 15)
                .describedAs("Vidéoprojecteur, tableau blanc"));
        Resource lux = persist(new Resource(thipi, ResourceKind.MEETING_ROOM, "Salle Luxembourg", 4).durations(30, 180, 0)
                .describedAs("Petite salle pour quatre, écran"));
        persist(new Resource(thipi, ResourceKind.PHONE_BOOTH, "Cabine téléphonique", 1).durations(15, 60, 0)
                .describedAs("Cabine insonorisée pour appels et visios"));
        Resource printer = persist(new Resource(thipi, ResourceKind.MACHINE, "ThiLab · Imprimante 3D", 1).durations(60, 480, 30)
                .requiringBadge(true).describedAs("Formation obligatoire"));
        persist(new Resource(thipi, ResourceKind.MACHINE, "ThiLab · Découpeuse laser", 1).durations(30, 240, 30).requiringBadge(true)
                .describedAs("Formation obligatoire"));
        for (int i = 1; i <= 8; i++) {
            persist(new Resource(menil, ResourceKind.HOT_DESK, "Poste " + i, 1).durations(60, 660, 0)
                    .describedAs("Poste dans l’ancienne abbaye, vue sur le parc"));
        }
        Resource seminar = persist(new Resource(menil, ResourceKind.MEETING_ROOM, "Salle du séminaire", 40).durations(60, 600, 30)
                .describedAs("Salle de séminaire pour 40, sonorisation"));
        persist(new Resource(menil, ResourceKind.MEETING_ROOM, "Salle capitulaire", 10).durations(30, 240, 15)
                .describedAs("Salle voûtée, écran"));
        persist(new Resource(menil, ResourceKind.PHONE_BOOTH, "Cabine", 1).durations(15, 60, 0)
                .describedAs("Cabine insonorisée"));

        Plan nomad = persist(new Plan(thipi, "Nomade 20 h", 20, false)
                .offeredAt(new BigDecimal("90"), "20 heures par mois de postes, salles et cabine ; café et Wi-Fi"));
        Plan resident = persist(new Plan(thipi, "Résident illimité", 0, true)
                .offeredAt(new BigDecimal("250"), "Accès illimité aux heures d’ouverture, salles de réunion, ThiLab après formation"));
        Plan menilNomad = persist(new Plan(menil, "Nomade 20 h", 20, false)
                .offeredAt(new BigDecimal("60"), "20 heures par mois de postes et salles ; café et Wi-Fi"));
        persist(new Plan(menil, "Résident illimité", 0, true)
                .offeredAt(new BigDecimal("180"), "Accès illimité aux heures d’ouverture, salle du séminaire sur réservation"));

        LocalDate monthStart = LocalDate.now(zone).withDayOfMonth(1).minusMonths(1);
        Long member = subscribe("membre", nomad, monthStart);
        Long founder = subscribe("fondatrice", resident, monthStart);
        Long manager = subscribe("espaces", resident, monthStart);
        Long candidate = subscribe("candidat", menilNomad, monthStart);
        subscribe("musee", menilNomad, monthStart);
        if (founder != null) {
            em.persist(new Badge(founder, printer.getId(), "espaces@totem.example", Instant.now()));
        }

        int count = 0;
        LocalDate today = LocalDate.now(zone);
        for (LocalDate d = today.minusDays(14); d.isBefore(today.plusDays(15)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) {
                continue;
            }
            int n = d.getDayOfMonth();
            count += book(founder, thipiResources.get(0), d, 9, 17, zone);
            if (d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY) {
                // about 9 hours a month of the member's 20: the demo shows credits being spent
                count += book(member, thipiResources.get(1 + n % 3), d, 9 + n % 3, 10 + n % 3, zone);
            }
            count += book(founder, fensch, d, 10, 11, zone);
            count += book(manager, moselle, d, 14, 16, zone);
            if (n % 2 == 0) {
                count += book(founder, lux, d, 11, 12, zone);
                count += book(founder, printer, d, 13, 16, zone);
            }
            if (n % 3 == 0) {
                count += book(candidate, seminar, d, 9, 12, zone);
            }
        }
        LOG.info("Coworking demo data loaded: " + count + " bookings");
    }

    private int book(Long userId, Resource resource, LocalDate day, int fromHour, int toHour, ZoneId zone) {
        if (userId == null) {
            return 0;
        }
        Instant start = day.atTime(fromHour, 0).atZone(zone).toInstant();
        Instant end = day.atTime(toHour, 0).atZone(zone).toInstant();
        Booking b = new Booking(resource, userId, new TimeSlot(start, end), resource.getKind() == ResourceKind.MEETING_ROOM ? 0
                : (toHour - fromHour) * 60, "demo", start.minusSeconds(86_400 * 3));
        em.persist(b);
        em.flush();
        b.claims().forEach(em::persist);
        return 1;
    }

    private Long subscribe(String local, Plan plan, LocalDate from) {
        Long id = people.byEmail(local + "@totem.example").map(Caller::id).orElse(null);
        if (id != null) {
            em.persist(new Subscription(id, plan, from));
        }
        return id;
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
