package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.WebClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A script sending the API what it should not: broken or mistyped JSON, a huge body, page sizes out
 * of range, a forged or revoked token. Each gets a 4xx problem+json in its language naming what was
 * wrong, and nothing is booked.
 */
@TotemIT
@RunAsClient
class ApiInputIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** HTTP/1.1, as curl and most scripts speak to a plain-HTTP server. */
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token;
    long desk;
    Instant start;

    /** The server's log, where none of these requests may leave an error (a stack trace used to). */
    static final Path LOG = Path.of(System.getProperty("server.dir", "target/server"), "standalone", "log", "server.log");
    long logBefore;

    @BeforeEach
    void memberWithAToken() throws Exception {
        logBefore = Files.size(LOG);
        WebClient member = new WebClient(base.toString());
        member.signIn("membre@totem.example", "demo-totem-2026");
        token = newToken(member, "script " + System.nanoTime());
        Matcher site = Pattern.compile("\"code\":\"thionville\",\"id\":(\\d+)").matcher(call("GET", "/api/sites", null).body());
        assertTrue(site.find());
        String desks = call("GET", "/api/resources?site=" + site.group(1) + "&type=HOT_DESK", null).body();
        desk = CoworkingApiIT.firstId(desks, "HOT_DESK");
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 11);
        start = day.atTime(14, 0).atZone(PARIS).toInstant();
    }

    @AfterEach
    void nothingWentWrongInTheServer() throws Exception {
        byte[] log = Files.readAllBytes(LOG);
        String added = new String(log, (int) Math.min(logBefore, log.length), (int) Math.max(0, log.length - logBefore), StandardCharsets.UTF_8);
        assertFalse(added.contains(" ERROR [") || added.contains(" SEVERE "), "errors in the server log: " + added);
    }

    static String newToken(WebClient member, String name) throws Exception {
        HttpResponse<String> created = member.submit("/identity/profile.xhtml", "tokens", "create", Map.of("tokenName", name));
        Matcher m = Pattern.compile("id=\"newSecret\">(tot_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertTrue(m.find(), "the new token is shown once");
        return m.group(1);
    }

    HttpResponse<String> call(String method, String path, String json, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    long myBookings() throws Exception {
        HttpResponse<String> page = call("GET", "/api/bookings?since=2000-01-01T00:00:00Z&size=1", null);
        assertEquals(200, page.statusCode(), page.body());
        Matcher m = TOTAL.matcher(page.body());
        assertTrue(m.find(), page.body());
        return Long.parseLong(m.group(1));
    }

    String period() {
        return "\"start\":\"" + start + "\",\"end\":\"" + start.plusSeconds(3600) + "\"";
    }

    static void assertProblem(HttpResponse<String> r, int status, String... inBody) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().firstValue("Content-Type").orElse("no content type") + ": " + r.body());
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        for (String s : inBody) {
            assertTrue(r.body().contains(s), "“" + s + "” in " + r.body());
        }
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }

    @Test
    void brokenJsonIsA400NamingTheFieldBeingRead() throws Exception {
        long before = myBookings();
        HttpResponse<String> r = call("POST", "/api/bookings", "{\"resourceId\":", "Accept-Language", "en");
        assertProblem(r, 400, "resourceId", "not valid JSON");
        assertEquals(before, myBookings(), "nothing booked");
    }

    @Test
    void anArrayInsteadOfAnObjectIsA400NamingTheExpectedFields() throws Exception {
        long before = myBookings();
        HttpResponse<String> r = call("POST", "/api/bookings", "[]", "Accept-Language", "de");
        assertProblem(r, 400, "resourceId", "JSON-Objekt");
        assertEquals(before, myBookings(), "nothing booked");
    }

    @Test
    void aTextWhereANumberBelongsIsA400NamingTheField() throws Exception {
        long before = myBookings();
        HttpResponse<String> r = call("POST", "/api/bookings", "{\"resourceId\":\"abc\"," + period() + "}");
        assertProblem(r, 400, "\"field\":\"resourceId\"", "nombre entier");
        assertEquals(before, myBookings(), "nothing booked");
    }

    @Test
    void aFractionalIdIsRefusedRatherThanRoundedToAnotherResource() throws Exception {
        long before = myBookings();
        HttpResponse<String> r = call("POST", "/api/bookings", "{\"resourceId\":" + desk + ".5," + period() + "}", "Accept-Language", "en");
        assertProblem(r, 400, "\"field\":\"resourceId\"", "whole number");
        assertEquals(before, myBookings(), "resource " + desk + " was not booked");
    }

    @Test
    void aTwentyMegabyteBodyIsA413Problem() throws Exception {
        long before = myBookings();
        String huge = "{\"resourceId\":" + desk + "," + period() + ",\"note\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}";
        HttpResponse<String> r = call("POST", "/api/bookings", huge, "Accept-Language", "en");
        assertProblem(r, 413, "too large");
        assertEquals(before, myBookings(), "nothing booked");
    }

    @Test
    void pageSizesOutOfRangeAreA400NamingTheParameter() throws Exception {
        assertProblem(call("GET", "/api/bookings?size=-1", null, "Accept-Language", "en"), 400, "\"field\":\"size\"", "between 1 and 200");
        assertProblem(call("GET", "/api/bookings?size=1e8", null, "Accept-Language", "en"), 400, "\"field\":\"size\"", "1e8");
        assertProblem(call("GET", "/api/bookings?first=-5", null), 400, "\"field\":\"first\"");
    }

    @Test
    void aForgedTokenIsA401ProblemInTheCallersLanguage() throws Exception {
        token = "tot_" + "A".repeat(43);
        HttpResponse<String> r = call("GET", "/api/me", null, "Accept-Language", "de");
        assertProblem(r, 401, "Authentifizierung erforderlich");
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        token = "not a token at all";
        assertProblem(call("POST", "/api/bookings", "{\"resourceId\":" + desk + "," + period() + "}"), 401, "Authentification requise");
    }

    @Test
    void aRevokedTokenIsA401Problem() throws Exception {
        WebClient member = new WebClient(base.toString());
        member.signIn("membre@totem.example", "demo-totem-2026");
        String name = "revoked " + System.nanoTime();
        token = newToken(member, name);
        assertEquals(200, call("GET", "/api/me", null).statusCode(), "works before it is revoked");
        revoke(member, name);
        HttpResponse<String> r = call("GET", "/api/me", null, "Accept-Language", "en");
        assertProblem(r, 401, "Authentication required");
    }

    /** Presses "Revoke" in the row of the token {@code name} on the profile page, as the PrimeFaces button's Ajax request does. */
    static void revoke(WebClient member, String name) throws Exception {
        String page = member.get("/identity/profile.xhtml").body();
        Matcher row = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(name) + "(?:(?!</tr>).)*<button id=\"(tokenList:[^\"]+)\"",
                Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "a revoke button in the row of " + name);
        String button = row.group(1);
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(vs.find());
        String form = String.join("&", "jakarta.faces.partial.ajax=true", "jakarta.faces.source=" + enc(button),
                "jakarta.faces.partial.execute=" + enc(button), "jakarta.faces.partial.render=tokenList", enc(button) + "=" + enc(button),
                "tokenList=tokenList", "jakarta.faces.ViewState=" + enc(vs.group(1).replace("&#58;", ":")));
        HttpResponse<String> r = member.send("POST", "/identity/profile.xhtml", form, "Content-Type", "application/x-www-form-urlencoded", "Faces-Request", "partial/ajax");
        assertEquals(200, r.statusCode(), r.body());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
