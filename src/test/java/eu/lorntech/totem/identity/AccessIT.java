package eu.lorntech.totem.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.WebClient;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Who may open what, tried from outside over HTTP, as a member, an admin and nobody. */
@TotemIT
@RunAsClient
class AccessIT {

    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousApiCallGets401ProblemInTheCallersLanguage() throws Exception {
        HttpResponse<String> r = new WebClient(base.toString()).get("/api/users", "Accept-Language", "de");
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(r.body().contains("\"status\":401"), r.body());
        assertTrue(r.body().contains("erforderlich"), "German title expected: " + r.body());
        assertTrue(!r.body().contains("Exception"), "no stack trace");
    }

    @Test
    void anonymousVisitorIsSentToSignInForProtectedPages() throws Exception {
        HttpResponse<String> r = new WebClient(base.toString()).get("/identity/admin/users.xhtml");
        assertEquals(200, r.statusCode());
        assertTrue(r.uri().getPath().endsWith("/login.xhtml"), r.uri().toString());
    }

    @Test
    void memberGets403OnAdminPageAndAdminApi() throws Exception {
        WebClient member = new WebClient(base.toString());
        HttpResponse<String> signIn = member.signIn("membre@totem.example", PASSWORD);
        assertTrue(signIn.uri().getPath().endsWith("/dashboard.xhtml"), "signed in: " + signIn.uri());

        assertEquals(403, member.get("/identity/admin/users.xhtml").statusCode());
        HttpResponse<String> api = member.get("/api/users");
        assertEquals(403, api.statusCode());
        assertTrue(api.body().contains("\"status\":403"), api.body());
        assertTrue(!api.body().contains("membre@"), "no data leaks");
        assertEquals(200, member.get("/api/me").statusCode());
    }

    @Test
    void adminSeesTheUserListByApi() throws Exception {
        WebClient admin = new WebClient(base.toString());
        admin.signIn("admin@totem.example", PASSWORD);
        HttpResponse<String> r = admin.get("/api/users?q=membre");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("membre@totem.example"), r.body());
    }

    @Test
    void personalApiTokenWorksForScriptsUntilRevoked() throws Exception {
        WebClient member = new WebClient(base.toString());
        member.signIn("membre@totem.example", PASSWORD);
        HttpResponse<String> created = member.submit("/identity/profile.xhtml", "tokens", "create", Map.of("tokenName", "script " + System.nanoTime()));
        Matcher m = Pattern.compile("id=\"newSecret\">(tot_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertTrue(m.find(), "the new token is shown once: " + created.statusCode() + " " + created.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""));
        String token = m.group(1);

        WebClient script = new WebClient(base.toString());
        HttpResponse<String> me = script.get("/api/me", "Authorization", "Bearer " + token);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("membre@totem.example"), me.body());
        assertEquals(403, script.get("/api/users", "Authorization", "Bearer " + token).statusCode());
        assertEquals(401, script.get("/api/me", "Authorization", "Bearer tot_forged").statusCode());
    }

    @Test
    void sessionCookieIsHttpOnlySameSiteNeverInUrlsAndRenewedAtSignIn() throws Exception {
        HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = raw.send(HttpRequest.newBuilder(base.toURI().resolve("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                "the sign-in page is public and creates no session: " + page.headers().allValues("Set-Cookie"));
        assertFalse(page.body().toLowerCase().contains(";jsessionid="), "no session id in URLs");

        // an attacker who planted a session id of their choosing (session fixation) never gets it signed in
        String planted = "planted-by-someone-else";
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(vs.find());
        String form = "login=login&login%3Aemail=membre%40totem.example&login%3Apassword=" + PASSWORD
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(vs.group(1), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = raw.send(HttpRequest.newBuilder(base.toURI().resolve("/login.xhtml"))
                .header("Cookie", "JSESSIONID=" + planted).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode());
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        String after = setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
        assertNotEquals(planted, after.split("\\.")[0], "a session id of the server's own after sign-in");
    }

    /** Finding 5: the browser is told what a page may load and that no other site may frame it. */
    @Test
    void securityHeadersOnPublicAndSignedInPagesTheApiAndItsReferencePage() throws Exception {
        WebClient anonymous = new WebClient(base.toString());
        HttpResponse<String> publicPage = anonymous.get("/login.xhtml");
        assertSecurityHeaders(publicPage);
        String pageCsp = publicPage.headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : new String[] {"default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"}) {
            assertTrue(pageCsp.contains(directive), directive + " in " + pageCsp);
        }
        assertFalse(pageCsp.contains("unsafe-eval"), pageCsp);

        WebClient member = new WebClient(base.toString());
        member.signIn("membre@totem.example", PASSWORD);
        assertSecurityHeaders(member.get("/dashboard.xhtml"));
        HttpResponse<String> api = member.get("/api/me");
        assertEquals(200, api.statusCode());
        assertSecurityHeaders(api);
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        assertSecurityHeaders(anonymous.get("/api/users"));

        HttpResponse<String> docs = anonymous.get("/api-docs.html");
        assertEquals(200, docs.statusCode());
        assertSecurityHeaders(docs);
        String docsCsp = docs.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(docsCsp.matches(".*script-src[^;]*'unsafe-inline'.*"), "Swagger UI runs from its files: " + docsCsp);
    }

    private static void assertSecurityHeaders(HttpResponse<String> r) {
        String where = r.uri().getPath() + " (" + r.statusCode() + ")";
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), "a Content-Security-Policy that forbids framing on " + where + ": " + csp);
        assertEquals(1, r.headers().allValues("Content-Security-Policy").size(), "one policy on " + where);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), where);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(null), where);
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> r = new WebClient(base.toString()).get("/api/openapi.yaml");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().replaceFirst("^---\\s*", "").startsWith("openapi: 3"), "generated YAML may open with ---");
        assertTrue(r.body().contains("/users:"));
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        WebClient member = new WebClient(base.toString());
        member.signIn("membre@totem.example", PASSWORD);
        assertEquals(200, member.get("/api/me").statusCode());
        member.submit("/dashboard.xhtml", "signout", "signoutButton", Map.of());
        assertEquals(401, member.get("/api/me").statusCode());
    }
}
