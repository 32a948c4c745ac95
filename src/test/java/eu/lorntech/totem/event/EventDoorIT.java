package eu.lorntech.totem.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TestPorts;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.Registration;
import eu.lorntech.totem.identity.boundary.ApiTokens;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.Refusal;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The doors: two stations scanning one ticket at once admit it once; a retried request (same nonce)
 * gets its first answer and admits nobody twice; cancelled, waiting and unknown tickets are refused.
 * The guest limit per client address on both sides; bad input and another organiser's event.
 */
@TotemIT
class EventDoorIT {

    static final String BASE = TestPorts.httpBase();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Events events;

    @Inject
    Registrations registrations;

    @Inject
    Sites sites;

    @Inject
    ApiTokens tokens;

    @Inject
    UserAdministration admin;

    @PersistenceContext
    EntityManager em;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    String organiserToken() throws Exception {
        return As.user(EventFixtures.ORGANISER, EventFixtures.ORGANISER_ROLES, () -> tokens.create("door " + UUID.randomUUID())).secret();
    }

    static HttpRequest scan(String token, Long eventId, String code, String station, String nonce) {
        String body = Json.createObjectBuilder().add("code", code).add("station", station).add("nonce", nonce).build().toString();
        return HttpRequest.newBuilder(URI.create(BASE + "/api/events/" + eventId + "/check-ins")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "en").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    List<Registrations.Placed> guests(Long eventId, int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return EventFixtures.withoutGuestLimit(() -> {
            List<Registrations.Placed> all = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                all.addAll(registrations.register(eventId, new Registrations.Signup(new Registration.Person("Guest " + i,
                        "door" + i + "-" + run + "@example.org", null), null, true, null, "en", null), "10.0.0." + i));
            }
            return all;
        });
    }

    @Test
    void twoStationsScanningOneTicketAtOnceAdmitItOnceAndARetriedNonceGetsItsFirstAnswer() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, EventFixtures.ORGANISER, "Doors " + UUID.randomUUID(), 2);
        List<Registrations.Placed> placed = guests(eventId, 3);
        String token = organiserToken();
        String ticket = placed.get(0).ticket();

        for (int round = 0; round < 3; round++) {
            final int r0 = round;
            String code = round == 0 ? ticket : placed.get(1).ticket();
            boolean sameNonce = round > 0;
            String nonce = UUID.randomUUID().toString();
            List<HttpResponse<String>> answers = RegistrationRaceIT.race(2, i -> scan(token, eventId, r0 == 2 ? code.toLowerCase() : code,
                    "Porte " + (char) ('A' + i), sameNonce ? nonce : UUID.randomUUID().toString()));
            if (round == 0) {
                List<String> results = answers.stream().map(r -> json(r).getString("result")).sorted().toList();
                assertEquals(List.of("ADMITTED", "ALREADY_ADMITTED"), results, "one of two stations admits");
                JsonObject second = answers.stream().map(EventDoorIT::json).filter(j -> j.getString("result").equals("ALREADY_ADMITTED"))
                        .findFirst().orElseThrow();
                JsonObject first = answers.stream().map(EventDoorIT::json).filter(j -> j.getString("result").equals("ADMITTED")).findFirst()
                        .orElseThrow();
                assertEquals(first.getString("station"), second.getString("station"), "the second scan says where the ticket was used");
                assertTrue(second.containsKey("at") && !second.isNull("at"), "and when");
            } else if (round == 1) {
                answers.forEach(r -> assertEquals("ADMITTED", json(r).getString("result"), "a retried request is answered as the first: " + r.body()));
            } else {
                answers.forEach(r -> assertEquals("ALREADY_ADMITTED", json(r).getString("result"), r.body()));
            }
        }
        long logged = ((Number) em.createNativeQuery("select count(*) from event_check_in where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue();
        assertEquals(4L, logged, "two scans, then two rounds of one request sent twice (same nonce), each logged once");
        long admitted = ((Number) em.createNativeQuery("select count(*) from event_registration where event_id = ?1 and checked_in_at is not null")
                .setParameter(1, eventId).getSingleResult()).longValue();
        assertEquals(2L, admitted);

        // the third guest waits (two seats): not let in; then cancels and is refused as cancelled; an unknown code is unknown
        assertEquals("WAITLISTED", placed.get(2).status());
        String waitingTicket = em.find(Registration.class, placed.get(2).id()).getTicketCode();
        assertEquals("WAITLISTED", json(http.send(scan(token, eventId, waitingTicket, "Porte A", UUID.randomUUID().toString()),
                HttpResponse.BodyHandlers.ofString())).getString("result"));
        registrations.cancelByToken(em.find(Registration.class, placed.get(2).id()).getPersonalToken());
        assertEquals("CANCELLED", json(http.send(scan(token, eventId, waitingTicket, "Porte A", UUID.randomUUID().toString()),
                HttpResponse.BodyHandlers.ofString())).getString("result"));
        assertEquals("UNKNOWN", json(http.send(scan(token, eventId, "ABCD-EFGH-JKMN", "Porte A", UUID.randomUUID().toString()),
                HttpResponse.BodyHandlers.ofString())).getString("result"));
        HttpResponse<String> noStation = http.send(scan(token, eventId, ticket, " ", UUID.randomUUID().toString()), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noStation.statusCode());
        assertTrue(noStation.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(noStation.body().contains("station"), noStation.body());
    }

    @Test
    void anotherOrganisersEventIsNotFoundAndNothingChanges() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, EventFixtures.ORGANISER, "Theirs " + UUID.randomUUID(), 5);
        String other = "orga-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long menil = EventFixtures.menilFlin(sites);
        As.user("admin@totem.example", Set.of("ADMIN"), () -> admin.create(new UserAdministration.NewUser(other, "Other Organiser",
                "another calm orchard 2031", Language.FR, menil, EnumSet.of(Role.EVENT_ORGANISER))));
        Refusal r = org.junit.jupiter.api.Assertions.assertThrows(Refusal.class,
                () -> As.run(other, EventFixtures.ORGANISER_ROLES, () -> registrations.changeCapacity(eventId, 100)));
        assertEquals("event.notFound", r.getMessageKey());
        // outside a transaction each find reads the database afresh
        Event e = em.find(Event.class, eventId);
        assertEquals(5, e.getCapacity());
        String theirToken = As.user(other, EventFixtures.ORGANISER_ROLES, () -> tokens.create("door")).secret();
        HttpResponse<String> scanned = http.send(scan(theirToken, eventId, "ABCD", "Porte A", UUID.randomUUID().toString()),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, scanned.statusCode(), scanned.body());
    }

    @Test
    void aCapacityBelowTheConfirmedSeatsIsRefusedAndARaisedOnePromotesAtOnce() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, EventFixtures.ORGANISER, "Capacity " + UUID.randomUUID(), 2);
        guests(eventId, 4);
        Refusal below = org.junit.jupiter.api.Assertions.assertThrows(Refusal.class,
                () -> As.run(EventFixtures.ORGANISER, EventFixtures.ORGANISER_ROLES, () -> registrations.changeCapacity(eventId, 1)));
        assertEquals("event.capacity.belowConfirmed", below.getMessageKey());
        As.run(EventFixtures.ORGANISER, EventFixtures.ORGANISER_ROLES, () -> registrations.changeCapacity(eventId, 3));
        // outside a transaction each find reads the database afresh
        Event e = em.find(Event.class, eventId);
        assertEquals(3, e.getConfirmed(), "one more seat, the first in line has it");
        assertEquals(1, e.getWaiting());
    }

    @Test
    void guestsOverTheLimitPerAddressGetA429InTheirLanguageAndAnotherClientBehindTheProxyIsCountedApart() throws Exception {
        // the test servers trust 127.0.0.1 as a proxy (arquillian.xml): X-Forwarded-For names the client here;
        // from an untrusted peer the header is ignored (ClientAddressTest)
        Long eventId = EventFixtures.publishedEvent(events, sites, EventFixtures.ORGANISER, "Limit " + UUID.randomUUID(), 50);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String client = "203.0.113." + (int) (Math.random() * 200 + 1);
        String other = "198.51.100." + (int) (Math.random() * 200 + 1);
        List<HttpResponse<String>> answers = EventFixtures.withGuestLimit(3, () -> {
            List<HttpResponse<String>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String body = Json.createObjectBuilder().add("name", "Script " + i).add("email", "script" + i + "-" + run + "@example.org")
                        .add("consent", true).build().toString();
                all.add(http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/events/" + eventId + "/registrations"))
                        .header("Content-Type", "application/json").header("Accept-Language", "de")
                        .header("X-Forwarded-For", i < 4 ? client : other).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            return all;
        });
        for (int i = 0; i < 3; i++) {
            assertEquals(201, answers.get(i).statusCode(), "within the limit: " + answers.get(i).body());
        }
        HttpResponse<String> over = answers.get(3);
        assertEquals(429, over.statusCode(), "the fourth from one client in the hour: " + over.body());
        assertTrue(over.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(over.body().contains("Zu viele Anmeldungen"), over.body());
        assertEquals(201, answers.get(4).statusCode(), "another client has its own count: " + answers.get(4).body());
        long saved = ((Number) em.createNativeQuery("select count(*) from event_registration where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue();
        assertEquals(4L, saved, "nothing saved over the limit");
    }

    @Test
    void aMemberRegisteringWithATokenIsRegisteredAsThemselfAndNotCountedAsAGuest() throws Exception {
        // registrations wait for a thread of their own queue (EventsResource): who the token named must come along
        Long eventId = EventFixtures.publishedEvent(events, sites, EventFixtures.ORGANISER, "Member " + UUID.randomUUID(), 10);
        String token = organiserToken();
        List<HttpResponse<String>> answers = EventFixtures.withGuestLimit(1, () -> {
            List<HttpResponse<String>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String body = Json.createObjectBuilder().add("name", "Colleague " + i).add("email", "member" + i + "-" + UUID.randomUUID()
                        + "@example.org").add("consent", true).build().toString();
                all.add(http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/events/" + eventId + "/registrations"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .header("X-Forwarded-For", "192.0.2.77").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            return all;
        });
        for (HttpResponse<String> r : answers) {
            assertEquals(201, r.statusCode(), "a member is not held to the guests' limit: " + r.body());
        }
        Long organiserId = ((Number) em.createNativeQuery("select id from app_user where email = ?1").setParameter(1, EventFixtures.ORGANISER)
                .getSingleResult()).longValue();
        List<?> rows = em.createNativeQuery("select user_id, source from event_registration where event_id = ?1").setParameter(1, eventId)
                .getResultList();
        assertEquals(2, rows.size());
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            assertEquals(organiserId, ((Number) cells[0]).longValue(), "the registration is the member's");
            assertEquals("MEMBER", cells[1]);
        }
    }

    @Test
    void badRegistrationsAreRefusedClearlyAndNothingIsSaved() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, EventFixtures.ORGANISER, "Bad input " + UUID.randomUUID(), 5);
        String email = "dup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String ok = Json.createObjectBuilder().add("name", "Ada").add("email", email).add("consent", true).build().toString();
        assertEquals(201, post(eventId, ok).statusCode());
        HttpResponse<String> duplicate = post(eventId, ok);
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        assertTrue(duplicate.body().contains(email), duplicate.body());
        for (String bad : List.of("{\"name\":\"Ada\",\"email\":\"not-an-address\",\"consent\":true}",
                "{\"name\":\"Ada\",\"email\":\"ada2@example.org\",\"consent\":false}",
                "{\"name\":\"\",\"email\":\"ada3@example.org\",\"consent\":true}",
                "{\"name\":\"Ada\",\"email\":\"ada4@example.org\",\"consent\":\"yes\"}",
                "{\"name\":\"Ada\",\"email\":\"ada5@example.org\",\"consent\":true,\"companions\":[{\"name\":\"Bob\",\"email\":\"ada5@example.org\"}]}",
                "{\"name\":\"Ada\"", "[]")) {
            HttpResponse<String> r = post(eventId, bad);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), bad);
        }
        assertEquals(404, post(987654321L, ok).statusCode(), "an unknown event");
        long saved = ((Number) em.createNativeQuery("select count(*) from event_registration where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue();
        assertEquals(1L, saved, "only the first, valid registration");
        // outside a transaction each find reads the database afresh
        Event e = em.find(Event.class, eventId);
        assertEquals(1, e.getConfirmed());
        assertNotEquals(0, e.getCapacity());
    }

    HttpResponse<String> post(Long eventId, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/events/" + eventId + "/registrations"))
                .header("Content-Type", "application/json").header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
