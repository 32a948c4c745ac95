package eu.lorntech.totem.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TestPorts;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.identity.boundary.Sites;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Real concurrent HTTP requests against the event's capacity, on H2 and on MariaDB: 300 guests for
 * 200 seats, then 50 cancellations at once. The database's counters and keys decide, not a Java check.
 */
@TotemIT
class RegistrationRaceIT {

    static final String BASE = TestPorts.httpBase();
    static final String ORGANISER = "evenements@totem.example";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Events events;

    @Inject
    Sites sites;

    @PersistenceContext
    EntityManager em;

    /** Sends every request at the same moment from its own thread; returns the responses in order. */
    static List<HttpResponse<String>> race(int count, IntFunction<HttpRequest> request) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 64));
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest r = request.apply(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    return http.send(r, HttpResponse.BodyHandlers.ofString());
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

    static HttpRequest register(Long eventId, String name, String email) {
        String body = Json.createObjectBuilder().add("name", name).add("email", email).add("consent", true).build().toString();
        return HttpRequest.newBuilder(URI.create(BASE + "/api/events/" + eventId + "/registrations")).header("Content-Type", "application/json")
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    @Test
    void threeHundredGuestsForTwoHundredSeatsThenFiftyCancellationsPromoteFiftyInOrder() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, ORGANISER, "Course " + UUID.randomUUID(), 200);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<HttpResponse<String>> responses = EventFixtures.withoutGuestLimit(
                () -> race(300, i -> register(eventId, "Guest " + i, "guest" + i + "-" + run + "@example.org")));

        int confirmed = 0;
        TreeSet<Integer> positions = new TreeSet<>();
        int waitlisted = 0;
        for (HttpResponse<String> r : responses) {
            assertEquals(201, r.statusCode(), r.body());
            JsonObject placed = json(r).getJsonArray("registrations").getJsonObject(0);
            if ("CONFIRMED".equals(placed.getString("status"))) {
                confirmed++;
                assertTrue(placed.getString("ticket").length() >= 26, "a ticket for each confirmed seat");
            } else {
                assertEquals("WAITLISTED", placed.getString("status"));
                waitlisted++;
                positions.add(placed.getInt("position"));
            }
        }
        assertEquals(200, confirmed);
        assertEquals(100, waitlisted);
        assertEquals(100, positions.size(), "no duplicate position");
        assertEquals(1, positions.first());
        assertEquals(100, positions.last(), "no gap: positions 1 to 100");
        // outside a transaction each find reads the database afresh
        Event e = em.find(Event.class, eventId);
        assertEquals(200, e.getConfirmed());
        assertEquals(100, e.getWaiting());
        assertEquals(200L, count(eventId, "CONFIRMED"));
        assertEquals(100L, count(eventId, "WAITLISTED"));

        // fifty confirmed people cancel at the same moment: the first fifty of the waiting list get their seats
        @SuppressWarnings("unchecked")
        List<String> tokens = em.createNativeQuery("select personal_token from event_registration where event_id = ?1 and status = 'CONFIRMED'"
                + " order by id").setParameter(1, eventId).setMaxResults(50).getResultList();
        @SuppressWarnings("unchecked")
        List<Number> firstInLine = em.createNativeQuery("select id from event_registration where event_id = ?1 and status = 'WAITLISTED'"
                + " order by waitlist_no").setParameter(1, eventId).setMaxResults(50).getResultList();
        List<HttpResponse<String>> cancelled = race(50, i -> HttpRequest.newBuilder(URI.create(BASE + "/api/registrations/" + tokens.get(i)))
                .timeout(Duration.ofSeconds(120)).DELETE().build());
        cancelled.forEach(r -> assertEquals(204, r.statusCode(), r.body()));
        @SuppressWarnings("unchecked")
        List<Number> promoted = em.createNativeQuery("select id from event_registration where event_id = ?1 and status = 'CONFIRMED'"
                + " and waitlist_no is not null order by waitlist_no").setParameter(1, eventId).getResultList();
        assertEquals(ids(firstInLine), ids(promoted), "exactly the first fifty in line, in order");
        e = em.find(Event.class, eventId);
        assertEquals(200, e.getConfirmed());
        assertEquals(50, e.getWaiting());
        assertEquals(200L, count(eventId, "CONFIRMED"));
        assertEquals(50L, count(eventId, "CANCELLED"));

        // what a waiting person sees now: position 1 to 50
        HttpResponse<String> detail = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/events/" + eventId)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject card = json(detail).getJsonObject("card");
        assertEquals(0, card.getInt("seatsLeft"));
        assertEquals(50, card.getInt("waitingListLength"));
        assertTrue(detail.headers().firstValue("Set-Cookie").isEmpty(), "the public API creates no session");
    }

    /**
     * Registrations that arrive together are taken in batches (RegistrationLine): one address sent twenty
     * times at once is still registered once, whether the copies meet in one batch or in several, and
     * the others of the same moment are placed as usual.
     */
    @Test
    void oneAddressSentTwentyTimesAtOnceIsRegisteredOnceAndTheOthersAreNotHeldUp() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, ORGANISER, "Doublon " + UUID.randomUUID(), 100);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String twice = "same-" + run + "@example.org";
        List<HttpResponse<String>> responses = EventFixtures.withoutGuestLimit(
                () -> race(40, i -> register(eventId, "Guest " + i, i % 2 == 0 ? twice : "other" + i + "-" + run + "@example.org")));
        int registered = 0;
        for (int i = 0; i < responses.size(); i++) {
            HttpResponse<String> r = responses.get(i);
            if (i % 2 == 1) {
                assertEquals(201, r.statusCode(), "another address of the same moment: " + r.body());
            } else if (r.statusCode() == 201) {
                registered++;
            } else {
                assertEquals(409, r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
                assertTrue(json(r).getString("detail").contains(twice), "the refusal names the address: " + r.body());
                assertTrue(json(r).getString("detail").contains("already"), "in the user's language (English): " + r.body());
            }
        }
        assertEquals(1, registered, "the address registered once");
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from event_registration where event_id = ?1 and email = ?2")
                .setParameter(1, eventId).setParameter(2, twice).getSingleResult()).longValue(), "one row for it");
        assertEquals(21L, count(eventId, "CONFIRMED"));
        assertEquals(21, em.find(Event.class, eventId).getConfirmed(), "the event's counter agrees");
    }

    /**
     * Thirty groups of three race for forty seats: thirteen groups get their seats (39), the other
     * seventeen wait, each group together at consecutive positions, 1 to 51 with no gap. The seat left
     * over stays free: a group is never split, and nobody jumps the queue.
     */
    @Test
    void thirtyGroupsOfThreeForFortySeatsStayTogether() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, ORGANISER, "Groupes " + UUID.randomUUID(), 40);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<HttpResponse<String>> responses = EventFixtures.withoutGuestLimit(() -> race(30, i -> {
            String body = Json.createObjectBuilder().add("name", "Lead " + i).add("email", "lead" + i + "-" + run + "@example.org")
                    .add("consent", true).add("companions", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("name", "A " + i).add("email", "a" + i + "-" + run + "@example.org"))
                            .add(Json.createObjectBuilder().add("name", "B " + i).add("email", "b" + i + "-" + run + "@example.org")))
                    .build().toString();
            return HttpRequest.newBuilder(URI.create(BASE + "/api/events/" + eventId + "/registrations")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }));
        int confirmedGroups = 0;
        TreeSet<Integer> positions = new TreeSet<>();
        for (HttpResponse<String> r : responses) {
            assertEquals(201, r.statusCode(), r.body());
            var group = json(r).getJsonArray("registrations");
            assertEquals(3, group.size(), "a ticket or a place for each of the three");
            String status = group.getJsonObject(0).getString("status");
            for (int k = 0; k < 3; k++) {
                assertEquals(status, group.getJsonObject(k).getString("status"), "a group shares its fate: " + r.body());
            }
            if ("CONFIRMED".equals(status)) {
                confirmedGroups++;
            } else {
                int first = group.getJsonObject(0).getInt("position");
                for (int k = 0; k < 3; k++) {
                    assertEquals(first + k, group.getJsonObject(k).getInt("position"), "consecutive places: " + r.body());
                    positions.add(first + k);
                }
            }
        }
        assertEquals(13, confirmedGroups);
        assertEquals(51, positions.size(), "no duplicate position");
        assertEquals(1, positions.first());
        assertEquals(51, positions.last(), "no gap");
        Event e = em.find(Event.class, eventId);
        assertEquals(39, e.getConfirmed());
        assertEquals(51, e.getWaiting());
        assertEquals(39L, count(eventId, "CONFIRMED"));
        assertEquals(51L, count(eventId, "WAITLISTED"));
    }

    static List<Long> ids(List<Number> numbers) {
        return numbers.stream().map(Number::longValue).toList();
    }

    long count(Long eventId, String status) {
        return ((Number) em.createNativeQuery("select count(*) from event_registration where event_id = ?1 and status = ?2")
                .setParameter(1, eventId).setParameter(2, status).getSingleResult()).longValue();
    }
}
