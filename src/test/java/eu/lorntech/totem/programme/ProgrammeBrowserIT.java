package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Apply to a call, score as a juror, rank and decide as a manager, in headless Chromium with axe-core. */
@TotemIT
@RunAsClient
class ProgrammeBrowserIT {

    static final String PASSWORD = "demo-totem-2026";
    static final String DEMO_CALL = "Appel à candidatures — promotion 2027";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @AtBothSizes
    void aPartnerAppliesToTheOpenCall(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/programme/calls.xhtml");
            b.find("#calls");
            b.assertAccessible();
            // one application per person and call: the phone's run applies as a newcomer who signs up first
            String email = "entreprise@totem.example";
            if (b.isPhone()) {
                email = "applicant-" + Long.toString(System.nanoTime(), 36) + "@example.org";
                b.go("/signup.xhtml?lang=fr");
                b.type("#signup\\:email", email);
                b.type("#signup\\:name", "Candidate mobile");
                b.type("#signup\\:password", PASSWORD);
                new org.openqa.selenium.support.ui.Select(b.find("#signup\\:site")).selectByVisibleText("Thi'Pi");
                b.click("#signup\\:submit");
                b.waitForText("Merci");
            }
            b.signIn(email, PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.go("/programme/calls.xhtml");
            b.click("a[data-call='" + DEMO_CALL + "']");
            b.type("#apply\\:project", "Tiers-lieu numérique");
            b.type("#apply\\:summary", "Un lieu pour les ateliers numériques du territoire.");
            b.click("#apply\\:submit");
            b.find(".msg-info");
            b.assertAccessible();
            b.driver().navigate().refresh();
            assertTrue(b.find("#status").getText().contains("déposée"), "submitted: " + b.find("#status").getText());
        }
    }

    @AtBothSizes
    void theJurorScoresAndTheManagerRanksAndDecidesInGerman(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml");
            b.signIn("mentor@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.go("/programme/jury.xhtml");
            b.find("#assigned\\:list");
            b.assertAccessible();
            b.click("#assigned\\:list button[data-application]");
            b.find("#score\\:save");
            b.assertAccessible();
            b.click("#score\\:save");
            b.find(".msg-info");
            b.signOut();

            b.signIn("programmes@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.go("/programme/ranking.xhtml?lang=de");
            assertEquals("de", b.find("html").getAttribute("lang"));
            assertTrue(b.find("#ranking\\:table").getText().contains("Studio Fensch Animation"));
            b.assertAccessible();
            b.click("#ranking\\:table button[aria-label^='Annehmen']");
            b.find(".msg-info");
            b.go("/dashboard.xhtml");
            b.assertAccessible();
        }
    }
}
