package eu.lorntech.totem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Walks every page under src/main/webapp, anonymously and as a member, and every operation of the
 * API without a token: a page is public only when it is on the public list, a manager page is
 * refused to a member, and an operation answers 401 unless it is public. A new page or operation
 * is walked the day it is added.
 */
@TotemIT
@RunAsClient
class AccessWalkIT {

    /** The public list (web.xml): pages anyone may open without signing in. */
    static final Set<String> PUBLIC = Set.of("/index.xhtml", "/login.xhtml", "/signup.xhtml", "/forgot-password.xhtml",
            "/reset-password.xhtml", "/error.xhtml", "/programme/calls.xhtml");

    /** Pages for managers and organisers only, by prefix. */
    static final List<String> MANAGERS = List.of("/identity/admin/", "/coworking/manage", "/programme/programmes.xhtml",
            "/programme/call-editor.xhtml", "/programme/assign.xhtml", "/programme/applications.xhtml", "/programme/ranking.xhtml",
            "/programme/cohorts", "/programme/dashboard.xhtml", "/event/");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static List<String> pages() throws Exception {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/")).sorted().toList();
        }
    }

    static boolean isPublic(String page) {
        return PUBLIC.contains(page) || page.startsWith("/public/");
    }

    @Test
    void everyPageAsksForSignInUnlessPublicAndManagerPagesRefuseAMember() throws Exception {
        List<String> pages = pages();
        assertTrue(pages.size() >= 40, pages.size() + " pages walked");
        WebClient anonymous = new WebClient(base.toString());
        WebClient member = new WebClient(base.toString());
        HttpResponse<String> signedIn = member.signIn("membre@totem.example", "demo-totem-2026");
        assertTrue(signedIn.uri().getPath().endsWith("/dashboard.xhtml"), "signed in: " + signedIn.uri());
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> a = anonymous.get(page);
            boolean atSignIn = a.uri().getPath().endsWith("/login.xhtml");
            if (isPublic(page)) {
                if (atSignIn && !page.equals("/login.xhtml") || a.statusCode() >= 500 && !page.equals("/error.xhtml")) {
                    wrong.add("anonymous " + page + " -> " + a.statusCode() + " " + a.uri().getPath() + " (public)");
                }
            } else if (!atSignIn) {
                wrong.add("anonymous " + page + " -> " + a.statusCode() + " " + a.uri().getPath() + " (should ask for sign-in)");
            }
            HttpResponse<String> m = member.get(page);
            boolean manager = MANAGERS.stream().anyMatch(page::startsWith);
            if (manager && m.statusCode() != 403) {
                wrong.add("member " + page + " -> " + m.statusCode() + " (a manager page)");
            }
            // a page for another role (a juror's, a mentor's) may say no to a member, never fail or ask them to sign in again
            if (!manager && (m.statusCode() >= 500 && !page.equals("/error.xhtml")
                    || m.uri().getPath().endsWith("/login.xhtml") && !page.equals("/login.xhtml"))) {
                wrong.add("member " + page + " -> " + m.statusCode() + " " + m.uri().getPath());
            }
        }
        assertEquals(List.of(), wrong, "pages walked: " + pages);
    }

    @Test
    void everyApiOperationAnswers401WithoutATokenUnlessItIsPublic() throws Exception {
        WebClient anonymous = new WebClient(base.toString());
        JsonNode doc = new ObjectMapper().readTree(anonymous.get("/api/openapi.json").body());
        List<String> wrong = new ArrayList<>();
        int walked = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode security = op.getValue().get("security");
                boolean token = security != null && security.findValue("token") != null;
                boolean anyone = security != null && (security.isEmpty() || security.toString().contains("{}"));
                String url = path.getKey().replaceAll("\\{token}", "x-unknown").replaceAll("\\{[^}]+}", "1");
                String method = op.getKey().toUpperCase();
                HttpResponse<String> r = anonymous.send(method, url, method.equals("POST") || method.equals("PUT") ? "{}" : null,
                        "Accept", "*/*");
                walked++;
                if (token && !anyone && r.statusCode() != 401) {
                    wrong.add(method + " " + path.getKey() + " -> " + r.statusCode() + " without a token");
                }
                if (r.statusCode() >= 500) {
                    wrong.add(method + " " + path.getKey() + " -> " + r.statusCode());
                }
                if (r.statusCode() >= 400 && !path.getKey().contains("ical") && !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    wrong.add(method + " " + path.getKey() + " -> " + r.statusCode() + " not problem+json");
                }
            }
        }
        assertTrue(walked >= 25, walked + " operations walked");
        assertEquals(List.of(), wrong);
    }
}
