package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.identity.boundary.ApiTokens;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Fifty members race for one slot through the real HTTP API, each with their own token and plan:
 * exactly one booking is made, the 49 others get a clear 409. Then fifty race for overlapping but
 * different slots: whatever wins, no two live bookings overlap.
 */
@TotemIT
class BookingRaceIT {

    static final int RACERS = 50;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String BASE = eu.lorntech.totem.TestPorts.httpBase();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    UserAdministration admin;

    @Inject
    SpaceManagement management;

    @Inject
    ApiTokens tokens;

    @Inject
    Sites sites;

    @PersistenceContext
    EntityManager em;

    static List<String> racerTokens;

    Long thipi() {
        return sites.all().stream().filter(s -> s.code().equals("thionville")).findFirst().orElseThrow().id();
    }

    synchronized List<String> racers() throws Exception {
        if (racerTokens != null) {
            return racerTokens;
        }
        Long site = thipi();
        Long unlimited = management.plans(site).stream().filter(p -> p.unlimited()).findFirst().orElseThrow().id();
        List<String> secrets = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < RACERS; i++) {
            String email = "racer" + i + "-" + run + "@example.org";
            String name = "Racer " + i;
            As.user("admin@totem.example", Set.of("ADMIN"), () -> admin.create(new UserAdministration.NewUser(email, name,
                    "racer password " + run, Language.FR, site, EnumSet.of(Role.MEMBER))));
            As.run("espaces@totem.example", Set.of("SPACE_MANAGER"), () -> management.subscribe(email, unlimited, null));
            secrets.add(As.user(email, Set.of("MEMBER"), () -> tokens.create("race")).secret());
        }
        racerTokens = secrets;
        return secrets;
    }

    ResourceSummary newRoom() throws Exception {
        return As.user("espaces@totem.example", Set.of("SPACE_MANAGER"), () -> management.createResource(thipi(),
                ResourceKind.MEETING_ROOM, "Race " + UUID.randomUUID().toString().substring(0, 8), 4, 30, 240, 0, false));
    }

    /** Sends every request at the same moment; returns the responses in request order. */
    static List<HttpResponse<String>> race(List<String> secrets, List<String> bodies) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/bookings"))
                        .header("Authorization", "Bearer " + secrets.get(i)).header("Content-Type", "application/json")
                        .header("Accept-Language", "en").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
                futures.add(pool.submit(() -> {
                    gate.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            gate.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static String body(Long resourceId, Instant start, Instant end) {
        return "{\"resourceId\":" + resourceId + ",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
    }

    @Test
    void fiftyRequestsForOneSlotMakeExactlyOneBookingAndFortyNineClearRefusals() throws Exception {
        List<String> secrets = racers();
        ResourceSummary room = newRoom();
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 3);
        Instant start = day.atTime(10, 0).atZone(PARIS).toInstant();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            bodies.add(body(room.id(), start, start.plus(Duration.ofHours(1))));
        }
        long t0 = System.nanoTime();
        List<HttpResponse<String>> responses = race(secrets, bodies);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() == 409).toList();
        assertEquals(1, created, () -> "statuses: " + responses.stream().map(HttpResponse::statusCode).toList());
        assertEquals(RACERS - 1, refused.size());
        for (HttpResponse<String> r : refused) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(r.body().contains(room.name()), "the refusal names the resource: " + r.body());
        }
        assertEquals(1L, em.createQuery("select count(b) from Booking b where b.resource.id = :r", Long.class)
                .setParameter("r", room.id()).getSingleResult(), "the database holds exactly one booking");
        System.out.println("BENCH race one slot: " + RACERS + " concurrent requests, 1 winner, " + millis + " ms");
    }

    @Test
    void fiftyRequestsForOverlappingSlotsNeverLeaveTwoOverlappingBookings() throws Exception {
        List<String> secrets = racers();
        ResourceSummary room = newRoom();
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 4);
        Instant nine = day.atTime(9, 0).atZone(PARIS).toInstant();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Instant start = nine.plus(Duration.ofMinutes(15L * (i % 20)));
            bodies.add(body(room.id(), start, start.plus(Duration.ofMinutes(60))));
        }
        List<HttpResponse<String>> responses = race(secrets, bodies);
        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        assertTrue(created >= 1);
        assertEquals(RACERS, created + responses.stream().filter(r -> r.statusCode() == 409).count(), "only 201s and 409s");

        List<Object[]> rows = em.createQuery("select b.startsAt, b.blockedUntil from Booking b where b.resource.id = :r "
                        + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED order by b.startsAt", Object[].class)
                .setParameter("r", room.id()).getResultList();
        assertEquals(created, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            Instant previousEnd = (Instant) rows.get(i - 1)[1];
            Instant start = (Instant) rows.get(i)[0];
            assertFalse(start.isBefore(previousEnd), "bookings " + (i - 1) + " and " + i + " overlap");
        }
    }
}
