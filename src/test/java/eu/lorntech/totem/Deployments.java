package eu.lorntech.totem;

import java.io.File;
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
}
