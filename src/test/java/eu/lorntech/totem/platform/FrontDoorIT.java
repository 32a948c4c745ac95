package eu.lorntech.totem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public pages answer anonymous visitors without creating an HTTP session (no Set-Cookie at all). */
@TotemIT
@RunAsClient
class FrontDoorIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/programme/calls.xhtml", "/public/coworking.xhtml", "/login.xhtml", "/signup.xhtml"})
    void publicPageAnswersAnonymousVisitorWithoutSession(String path) throws Exception {
        HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = raw.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path + " set " + r.headers().allValues("Set-Cookie"));
    }
}
