package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The programme API from outside: open calls are public; applications and jury assignments are their owners' only (404). */
@TotemIT
@RunAsClient
class CallFormApiIT {

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

    static void assertProblem(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
    }

    @Test
    void openCallsArePublicWithTheirForm() throws Exception {
        WebClient anonymous = new WebClient(base.toString());
        HttpResponse<String> calls = anonymous.get("/api/calls");
        assertEquals(200, calls.statusCode(), calls.body());
        assertTrue(calls.body().contains("promotion 2027"), calls.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)[^{}]*\"title\":\"Appel à candidatures — promotion 2027\"").matcher(calls.body());
        assertTrue(id.find(), calls.body());
        HttpResponse<String> one = anonymous.get("/api/calls/" + id.group(1));
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains("\"kind\":\"PDF\""), one.body());
        assertProblem(404, anonymous.get("/api/calls/999999999", "Accept-Language", "en"));
    }

    @Test
    void anApplicationIsReadByItsFounderOnly() throws Exception {
        WebClient founder = signedIn("fondatrice");
        HttpResponse<String> mine = founder.get("/api/applications");
        assertEquals(200, mine.statusCode(), mine.body());
        Matcher m = Pattern.compile("\"id\":(\\d+),\"projectName\":\"Studio Fensch Animation\"").matcher(mine.body());
        assertTrue(m.find(), mine.body());
        String studio = m.group(1);
        HttpResponse<String> own = founder.get("/api/applications/" + studio);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"answers\":["), own.body());

        HttpResponse<String> other = signedIn("musee").get("/api/applications/" + studio, "Accept-Language", "en");
        assertProblem(404, other);
        assertTrue(other.body().contains("Application not found") || other.body().contains("not found"), other.body());
        assertProblem(404, founder.get("/api/applications/999999999"));
        assertProblem(404, signedIn("musee").get("/api/applications/" + studio + "/documents/1"));
        assertProblem(401, new WebClient(base.toString()).get("/api/applications/" + studio));
    }

    @Test
    void aJurorReadsOnlyTheAssignmentsTheyHold() throws Exception {
        WebClient mentor = signedIn("mentor");
        HttpResponse<String> list = mentor.get("/api/jury/assignments");
        assertEquals(200, list.statusCode(), list.body());
        Matcher m = Pattern.compile("\"conflict\":(?:true|false),\"id\":(\\d+)").matcher(list.body());
        assertTrue(m.find(), list.body());
        String assignment = m.group(1);
        assertEquals(200, mentor.get("/api/jury/assignments/" + assignment).statusCode());

        WebClient member = signedIn("membre");
        HttpResponse<String> none = member.get("/api/jury/assignments");
        assertEquals(200, none.statusCode(), none.body());
        assertEquals("[]", none.body().strip());
        assertProblem(404, member.get("/api/jury/assignments/" + assignment));
        assertProblem(404, member.get("/api/jury/assignments/" + assignment + "/documents/1"));
    }
}
