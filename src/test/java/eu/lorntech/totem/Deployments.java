package eu.lorntech.totem;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: the very WAR Maven built, plus the test's own classes. */
public final class Deployments {

    private Deployments() {
    }

    /** The application as built, for tests that call it from outside (HTTP, browser). */
    public static WebArchive application() {
        File war = new File("target/totem.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/totem.war is missing: run 'mvn verify', which packages it first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The application plus test classes running inside the server, able to act as any user ({@link As}). */
    public static WebArchive withTests(Class<?>... testClasses) {
        WebArchive war = application().addClasses(As.class, Deployments.class, TotemIT.class, DatabaseAvailable.class, TestPorts.class)
                .addClasses(testClasses);
        openTestRunner(war);
        war.delete("WEB-INF/jboss-deployment-structure.xml");
        war.addAsWebInfResource(new StringAsset("""
                <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                  <deployment>
                    <dependencies>
                      <module name="org.jboss.vfs"/>
                      <module name="org.wildfly.security.elytron-base"/>
                    </dependencies>
                  </deployment>
                </jboss-deployment-structure>
                """), "jboss-deployment-structure.xml");
        return war;
    }

    /**
     * Every page asks for sign-in ({@code /*} in web.xml), and in-server tests are run by Arquillian's
     * servlet inside the deployment: without this it would receive the sign-in page ("Error launching
     * test"). The test deployment's web.xml leaves that one path open.
     */
    static void openTestRunner(WebArchive war) {
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            webXml = out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = webXml.indexOf("<security-constraint>");
        if (at < 0) {
            return;
        }
        String open = """
                <security-constraint>
                    <web-resource-collection>
                      <web-resource-name>arquillian</web-resource-name>
                      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                      <url-pattern>/ArquillianServletRunner</url-pattern>
                    </web-resource-collection>
                  </security-constraint>
                  """;
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.substring(0, at) + open + webXml.substring(at)));
    }
}
