package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The coworking API from outside: JSON, ISO-8601 instants, problem+json for every refusal. */
@TotemIT
@RunAsClient
class CoworkingApiIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    WebClient signedIn(String who) throws Exception {
        WebClient c = new WebClient(base.toString());
        c.signIn(who + "@totem.example", PASSWORD);
        return c;
    }

    static Long firstId(String json, String kind) {
        Matcher m = Pattern.compile("\\{[^{}]*\"id\":(\\d+)[^{}]*\"kind\":\"" + kind + "\"").matcher(json);
        if (m.find()) {
            return Long.valueOf(m.group(1));
        }
        Matcher m2 = Pattern.compile("\\{[^{}]*\"kind\":\"" + kind + "\"[^{}]*\"id\":(\\d+)").matcher(json);
        assertTrue(m2.find(), "a " + kind + " in " + json);
        return Long.valueOf(m2.group(1));
    }

    @Test
    void resourcesWithAvailabilityAndBookingLifecycleAsJson() throws Exception {
        WebClient founder = signedIn("fondatrice");
        String sites = founder.get("/api/sites").body();
        Matcher site = Pattern.compile("\"code\":\"thionville\",\"id\":(\\d+)").matcher(sites);
        assertTrue(site.find(), sites);
        Long siteId = Long.valueOf(site.group(1));
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 8);
        Instant from = day.atTime(17, 0).atZone(PARIS).toInstant();
        Instant to = day.atTime(18, 0).atZone(PARIS).toInstant();
        HttpResponse<String> list = founder.get("/api/resources?site=" + siteId + "&type=PHONE_BOOTH&from=" + from + "&to=" + to);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"free\":true"), list.body());
        Long booth = firstId(list.body(), "PHONE_BOOTH");

        HttpResponse<String> created = founder.send("POST", "/api/bookings",
                "{\"resourceId\":" + booth + ",\"start\":\"" + from + "\",\"end\":\"" + from.plusSeconds(1800) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/bookings/"));
        Long bookingId = Long.valueOf(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        HttpResponse<String> clash = signedIn("espaces").send("POST", "/api/bookings",
                "{\"resourceId\":" + booth + ",\"start\":\"" + from.plusSeconds(900) + "\",\"end\":\"" + from.plusSeconds(2700) + "\"}",
                "Accept-Language", "en");
        assertEquals(409, clash.statusCode());
        assertTrue(clash.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(clash.body().contains("already booked"), clash.body());

        assertEquals(404, signedIn("membre").send("DELETE", "/api/bookings/" + bookingId, null).statusCode(), "not theirs");
        assertEquals(404, signedIn("membre").get("/api/bookings/" + bookingId).statusCode(), "not even to read");
        assertTrue(founder.get("/api/bookings?mine").body().contains("\"id\":" + bookingId));
        HttpResponse<String> cancelled = founder.send("DELETE", "/api/bookings/" + bookingId, null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertTrue(cancelled.body().contains("CANCELLED"));
    }

    @Test
    void iCalFeedsOpenInCalendarClientsAndStayPrivate() throws Exception {
        WebClient founder = signedIn("fondatrice");
        Matcher feed = Pattern.compile("/api/ical/members/[0-9a-f]{64}\\.ics").matcher(founder.get("/coworking/my-bookings.xhtml").body());
        assertTrue(feed.find(), "the page shows my private feed address");
        HttpResponse<String> ics = new WebClient(base.toString()).get(feed.group());
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR"), ics.body());
        assertTrue(ics.body().contains("BEGIN:VEVENT") && ics.body().contains("PRODID:-//LorNTech//Totem//FR"), "the demo founder has bookings");
        assertEquals(404, new WebClient(base.toString()).get("/api/ical/members/" + "0".repeat(64) + ".ics").statusCode());

        Matcher bookingLink = Pattern.compile("/api/ical/bookings/(\\d+)\\.ics").matcher(founder.get("/coworking/my-bookings.xhtml").body());
        assertTrue(bookingLink.find());
        assertEquals(200, founder.get(bookingLink.group()).statusCode());
        assertEquals(404, signedIn("membre").get(bookingLink.group()).statusCode(), "someone else's booking");

        HttpResponse<String> resource = new WebClient(base.toString()).get("/api/ical/resources/1.ics");
        assertEquals(200, resource.statusCode());
        assertTrue(resource.body().contains("BEGIN:VCALENDAR"));
    }

    @Test
    void badInputGetsA4xxProblemInTheCallersLanguageAndBooksNothing() throws Exception {
        WebClient member = signedIn("membre");
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 9);
        Instant ten = day.atTime(10, 0).atZone(PARIS).toInstant();
        HttpResponse<String> reversed = member.send("POST", "/api/bookings",
                "{\"resourceId\":1,\"start\":\"" + ten.plusSeconds(3600) + "\",\"end\":\"" + ten + "\"}", "Accept-Language", "de");
        assertEquals(400, reversed.statusCode());
        assertTrue(reversed.body().contains("Ende"), "German detail: " + reversed.body());
        HttpResponse<String> unknown = member.send("POST", "/api/bookings",
                "{\"resourceId\":999999,\"start\":\"" + ten + "\",\"end\":\"" + ten.plusSeconds(3600) + "\"}");
        assertEquals(404, unknown.statusCode());
        HttpResponse<String> garbage = member.send("POST", "/api/bookings",
                "{\"resourceId\":1,\"start\":\"tomorrow at ten\",\"end\":\"" + ten + "\"}", "Accept-Language", "fr");
        assertEquals(400, garbage.statusCode());
        assertTrue(garbage.body().contains("ISO-8601"), garbage.body());
        assertEquals(400, member.get("/api/resources").statusCode(), "the site is required");
        assertEquals(401, new WebClient(base.toString()).get("/api/bookings?mine").statusCode(), "anonymous");
    }
}
