package eu.lorntech.totem;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    /**
     * The application plus every test class that runs inside the server (and the modules' fixtures), able
     * to act as any user ({@link As}): one archive for all of them, which {@link SuiteDeployment} deploys
     * once per suite.
     */
    public static WebArchive withTests() {
        WebArchive war = application().addClasses(As.class, Deployments.class, TotemIT.class, DatabaseAvailable.class, TestPorts.class, WebClient.class)
                .addClasses(inServerTestClasses());
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

    /** The compiled {@code *IT} classes with an in-server deployment, and the {@code *Fixtures} they share. */
    static Class<?>[] inServerTestClasses() {
        Path root = Path.of("target/test-classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> root.relativize(f).toString())
                    .filter(f -> (f.endsWith("IT.class") || f.endsWith("Fixtures.class")) && !f.contains("$"))
                    .map(f -> load(f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.')))
                    .filter(c -> c.getSimpleName().endsWith("Fixtures") || DeploymentOrder.runsInServer(c))
                    .toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
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
