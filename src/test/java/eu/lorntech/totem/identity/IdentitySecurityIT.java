package eu.lorntech.totem.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TestPorts;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a stranger on the Internet can try against accounts (issue 11), tried from outside over HTTP. */
@TotemIT
@RunAsClient
class IdentitySecurityIT {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static GreenMail mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailbox() {
        mailbox = eu.lorntech.totem.Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.stop();
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void mailedLinksNeverComeFromTheRequestsHostHeader() throws Exception {
        String email = uniqueEmail("poison");
        forgedHostSubmit("/signup.xhtml?lang=en", "signup", Map.of("email", email, "name", "Polly Poison",
                "password", "a calm orchard at dawn", "site", firstSite()));
        String welcome = awaitMail(email, "/login.xhtml");
        forgedHostSubmit("/forgot-password.xhtml?lang=en", "forgot", Map.of("email", email));
        String reset = awaitMail(email, "/reset-password.xhtml?token=");

        for (String body : List.of(welcome, reset)) {
            assertFalse(body.contains("evil.example"), "a link to the forged host: " + body);
            assertTrue(body.contains("http://localhost:" + TestPorts.http() + "/"), "the demo's configured address: " + body);
        }
    }

    @Test
    void signUpTakesAsLongForATakenAddressAsForANewOneAndSaysTheSame() throws Exception {
        WebClient web = new WebClient(base.toString());
        String taken = uniqueEmail("taken");
        String first = signUp(web, taken);
        List<Long> takenTimes = new ArrayList<>();
        List<Long> newTimes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            String again = signUp(web, taken);
            takenTimes.add(System.nanoTime() - t0);
            assertEquals(doneMessage(first), doneMessage(again), "the same words for a taken address");
            t0 = System.nanoTime();
            signUp(web, uniqueEmail("fresh"));
            newTimes.add(System.nanoTime() - t0);
        }
        long takenMedian = median(takenTimes);
        long newMedian = median(newTimes);
        assertTrue(takenMedian * 2 >= newMedian, "taken address answered in " + takenMedian / 1_000_000
                + " ms, a new one in " + newMedian / 1_000_000 + " ms: the delay tells which addresses have an account");
    }

    @Test
    void weakPasswordsAreRefusedWithAReasonInTheUsersLanguage() throws Exception {
        for (String weak : List.of("1234567890", "password12", "demo-totem-2026")) {
            WebClient web = new WebClient(base.toString());
            web.get("/signup.xhtml?lang=en");
            String body = web.submit("/signup.xhtml", "signup", "submit", Map.of("email", uniqueEmail("weak"),
                    "name", "Wendy Weak", "password", weak, "site", firstSite())).body();
            assertTrue(body.contains("too easy to guess"), weak + " refused in English: " + main(body));
            assertFalse(body.contains("Thank you!"), weak + " accepted");
        }
        WebClient de = new WebClient(base.toString());
        de.get("/signup.xhtml?lang=de");
        String body = de.submit("/signup.xhtml", "signup", "submit", Map.of("email", uniqueEmail("schwach"),
                "name", "Wendy Weak", "password", "password12", "site", firstSite())).body();
        assertTrue(body.contains("zu leicht zu erraten"), "refused in German: " + main(body));
    }

    /** Finding 4: thirty accounts tried from one address (the test is a trusted proxy, so X-Forwarded-For names it). */
    @Test
    void sprayingManyAccountsFromOneAddressIsStopped() throws Exception {
        String sprayer = "198.51.100." + (1 + (int) (Math.random() * 250));
        String other = "203.0.113." + (1 + (int) (Math.random() * 250));
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            WebClient web = new WebClient(base.toString());
            String body = web.submit("/login.xhtml?lang=en", "login", "submit", Map.of("email", uniqueEmail("spray"),
                    "password", "Summer2026!"), "X-Forwarded-For", sprayer).body();
            if (body.contains("Too many failed attempts")) {
                refused++;
            }
        }
        assertTrue(refused >= 10, "one address tried 30 accounts and was refused only " + refused + " times");
        WebClient web = new WebClient(base.toString());
        String fine = web.submit("/login.xhtml?lang=en", "login", "submit", Map.of("email", uniqueEmail("spray"),
                "password", "Summer2026!"), "X-Forwarded-For", other).body();
        assertTrue(fine.contains("Unable to sign in"), "another address is not slowed: " + main(fine));
    }

    /** Finding 9 (ASVS 3.3.3): a new password ends the person's other sessions and revokes their API tokens. */
    @Test
    void changingThePasswordEndsOtherSessionsAndRevokesApiTokens() throws Exception {
        String email = uniqueEmail("change");
        signUp(new WebClient(base.toString()), email, "a quiet lantern by the river");
        WebClient here = new WebClient(base.toString());
        WebClient elsewhere = new WebClient(base.toString());
        here.signIn(email, "a quiet lantern by the river");
        elsewhere.signIn(email, "a quiet lantern by the river");
        String token = createToken(here);
        assertEquals(200, elsewhere.get("/api/me").statusCode());
        assertEquals(200, new WebClient(base.toString()).get("/api/me", "Authorization", "Bearer " + token).statusCode());

        String body = here.submit("/identity/profile.xhtml?lang=en", "password", "change", Map.of(
                "current", "a quiet lantern by the river", "new", "seven green herons over the lake")).body();
        assertTrue(body.contains("signed out everywhere else"), "the page says so: " + main(body));
        assertEquals(200, here.get("/api/me").statusCode(), "the session that changed it goes on");
        assertEquals(401, elsewhere.get("/api/me").statusCode(), "the other session ended");
        assertEquals(401, new WebClient(base.toString()).get("/api/me", "Authorization", "Bearer " + token).statusCode(),
                "the API token is revoked");
    }

    @Test
    void resettingThePasswordEndsEverySessionAndRevokesApiTokens() throws Exception {
        String email = uniqueEmail("reset");
        signUp(new WebClient(base.toString()), email, "a quiet lantern by the river");
        WebClient elsewhere = new WebClient(base.toString());
        elsewhere.signIn(email, "a quiet lantern by the river");
        String token = createToken(elsewhere);

        WebClient web = new WebClient(base.toString());
        web.submit("/forgot-password.xhtml?lang=en", "forgot", "submit", Map.of("email", email));
        Matcher link = Pattern.compile("/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(awaitMail(email, "/reset-password.xhtml?token="));
        assertTrue(link.find());
        String path = "/reset-password.xhtml?lang=en&token=" + link.group(1);
        String body = web.submit(path, "reset", "submit", Map.of("password", "seven green herons over the lake")).body();
        assertTrue(body.contains("signed out everywhere"), "the page says so: " + main(body));
        assertEquals(401, elsewhere.get("/api/me").statusCode(), "the session signed in before ended");
        assertEquals(401, new WebClient(base.toString()).get("/api/me", "Authorization", "Bearer " + token).statusCode(),
                "the API token is revoked");
        WebClient after = new WebClient(base.toString());
        after.signIn(email, "seven green herons over the lake");
        assertEquals(200, after.get("/api/me").statusCode(), "the new password signs in");
    }

    private static String createToken(WebClient web) throws Exception {
        String body = web.submit("/identity/profile.xhtml", "tokens", "create", Map.of("tokenName", "script")).body();
        Matcher m = Pattern.compile("id=\"newSecret\">(tot_[A-Za-z0-9_-]+)<").matcher(body);
        assertTrue(m.find(), "a token: " + main(body));
        return m.group(1);
    }

    private String signUp(WebClient web, String email, String password) throws Exception {
        String body = web.submit("/signup.xhtml?lang=en", "signup", "submit", Map.of("email", email,
                "name", "Pat Password", "password", password, "site", firstSite())).body();
        assertTrue(body.contains("Thank you!"), main(body));
        return body;
    }

    private String signUp(WebClient web, String email) throws Exception {
        String body = web.submit("/signup.xhtml?lang=en", "signup", "submit", Map.of("email", email,
                "name", "Tim Timing", "password", "a quiet lantern by the river", "site", firstSite())).body();
        assertTrue(body.contains("Thank you!"), main(body));
        return body;
    }

    private static String doneMessage(String body) {
        Matcher m = Pattern.compile("Thank you![^<]*").matcher(body);
        assertTrue(m.find());
        return m.group();
    }

    private String firstSite() throws Exception {
        String page = new WebClient(base.toString()).get("/signup.xhtml").body();
        Matcher m = Pattern.compile("<option value=\"(\\d+)\"").matcher(page);
        assertTrue(m.find(), "a site to choose");
        return m.group(1);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String main(String body) {
        return body.replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", "");
    }

    /** Opens and submits a Faces form with {@code Host: evil.example}, as java.net.http cannot forge it. */
    private void forgedHostSubmit(String path, String form, Map<String, String> fields) throws Exception {
        String[] page = raw("GET", path, null, null);
        String cookie = page[0].lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie: JSESSIONID=", 0, 23))
                .map(l -> l.substring(12, l.indexOf(';'))).findFirst().orElse(null); // public pages hold no session
        Matcher m = VIEW_STATE.matcher(page[1]);
        assertTrue(m.find(), "a form on " + path);
        Map<String, String> data = new LinkedHashMap<>();
        data.put(form, form);
        fields.forEach((k, v) -> data.put(form + ":" + k, v));
        data.put(form + ":submit", "submit");
        data.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        String body = data.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String[] answer = raw("POST", path, cookie, body);
        assertTrue(answer[0].startsWith("HTTP/1.1 200") || answer[0].startsWith("HTTP/1.1 302"), answer[0]);
    }

    private String[] raw(String method, String path, String cookie, String body) throws Exception {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n");
            if (cookie != null) {
                head.append("Cookie: ").append(cookie).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new String[] {text.substring(0, split), text.substring(split + 4)};
        }
    }

    private static String awaitMail(String email, String containing) throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            for (MimeMessage m : mailbox.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email))) {
                    String body = GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
                    if (body.contains(containing)) {
                        return body;
                    }
                }
            }
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail with " + containing + " reached " + email);
    }
}
