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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The API's OpenAPI document, generated from the resources at build time, as clients fetch it. */
@TotemIT
@RunAsClient
class ApiDocsIT {

    /** Operations anyone may call without a token; every other one must ask for the bearer token. */
    static final Set<String> PUBLIC = Set.of("GET /api/sites", "GET /api/calls", "GET /api/calls/{id}", "GET /api/openapi.yaml",
            "GET /api/openapi.json", "GET /api/resources", "GET /api/ical/members/{token}.ics", "GET /api/ical/resources/{id}.ics",
            "GET /api/events", "GET /api/events/{id}", "GET /api/events/ical", "DELETE /api/registrations/{token}",
            "GET /api/offers", "GET /api/offers/{id}", "POST /api/surveys/answers/{token}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theServedDocumentDescribesEveryResourceAndHowEachOperationIsSecured() throws Exception {
        WebClient anonymous = new WebClient(base.toString());
        HttpResponse<String> yaml = anonymous.get("/api/openapi.yaml");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        for (String path : List.of("/api/resources:", "/api/bookings:", "/api/bookings/{id}:", "/api/ical/members/{token}.ics:",
                "/api/ical/resources/{id}.ics:", "/api/ical/bookings/{id}.ics:", "/api/events:", "/api/events/{id}:",
                "/api/events/{id}/registrations:", "/api/events/{id}/check-ins:", "/api/events/ical:", "/api/registrations/{token}:")) {
            assertTrue(yaml.body().contains("\n  " + path), path + " in the YAML document");
        }

        HttpResponse<String> json = anonymous.get("/api/openapi.json");
        assertEquals(200, json.statusCode());
        JsonNode doc = new ObjectMapper().readTree(json.body());
        assertEquals("bearer", doc.at("/components/securitySchemes/token/scheme").asText(), json.body());
        List<String> unsecured = new ArrayList<>();
        List<String> wronglyPublic = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                JsonNode security = op.getValue().get("security");
                boolean token = security != null && security.findValue("token") != null;
                boolean explicitlyPublic = security != null && !token;
                if (!token && !explicitlyPublic) {
                    unsecured.add(name);
                }
                if (explicitlyPublic != PUBLIC.contains(name)) {
                    wronglyPublic.add(name);
                }
                for (Map.Entry<String, JsonNode> response : op.getValue().get("responses").properties()) {
                    JsonNode r = response.getValue().has("$ref") ? doc.at(response.getValue().get("$ref").asText().substring(1)) : response.getValue();
                    if (response.getKey().startsWith("4")) {
                        assertTrue(r.at("/content").has("application/problem+json"), name + " " + response.getKey() + ": a problem+json");
                    }
                }
                assertTrue(!op.getValue().path("summary").asText().isBlank(), name + " has a summary");
            }
        }
        assertTrue(operations >= 20, operations + " operations");
        assertEquals(List.of(), unsecured, "operations that say nothing about security");
        assertEquals(List.of(), wronglyPublic, "operations public in the document but not in " + PUBLIC + " or the other way round");
        assertTrue(doc.at("/paths/~1api~1bookings/post/responses").has("413"), "a too large body is documented");
    }

    @Test
    void theApiPageShowsTheDocumentWithSwaggerUi() throws Exception {
        WebClient anonymous = new WebClient(base.toString());
        HttpResponse<String> page = anonymous.get("/api-docs.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("swagger-ui-bundle.js"), page.body());
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"([^\"]*swagger-ui-bundle\\.js)\"").matcher(page.body());
        assertTrue(script.find());
        HttpResponse<String> bundle = anonymous.get("/" + script.group(1).replaceFirst("^\\./", "").replaceFirst("^/totem/", ""));
        assertEquals(200, bundle.statusCode(), "Swagger UI is packaged in the WAR");
        HttpResponse<String> init = anonymous.get("/api-docs.js");
        assertEquals(200, init.statusCode());
        assertTrue(init.body().contains("api/openapi.yaml"), init.body());
    }
}
