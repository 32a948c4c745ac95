package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** A manager opens a call with a question; a founder answers it and sends a deck; jurors are spread; axe-core on each page. */
@TotemIT
@RunAsClient
class CallFormBrowserIT {

    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @AtBothSizes
    void aManagerOpensACallWithAQuestionAndAFounderAnswersItWithADeck(Browser.Size size) throws Exception {
        String title = "Appel test " + UUID.randomUUID().toString().substring(0, 6);
        Path deck = Files.createTempFile("deck", ".pdf");
        Files.write(deck, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        try (Browser b = Browser.open(base.toString(), size)) {
            b.signIn("programmes@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            // the manager's saved language may be German (another journey keeps it): French, by the switcher
            b.chooseLanguage("fr");
            b.clickNav("Programmes");
            b.find("section.programme");
            b.assertAccessible();
            b.click("a[data-open-call='Incubation Thi’Pi']");
            b.find("#editor\\:title");
            b.assertAccessible();
            b.type("#editor\\:title", title);
            // closes before the demo call, which other browser tests expect first on the ranking page
            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]", b.find("#editor\\:closes"),
                    LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString());
            b.type("input[id$=':cname']", "Équipe");
            b.click("#editor\\:addQuestion");
            b.find("#editor\\:q\\:0\\:qlabel");
            new Select(b.find("#editor\\:q\\:0\\:qkind")).selectByValue("SINGLE_CHOICE");
            b.type("#editor\\:q\\:0\\:qlabel", "Stade du projet");
            b.type("#editor\\:q\\:0\\:qchoices", "Idée\nPrototype\nPremiers clients");
            b.click("#editor\\:q\\:0\\:qrequired");
            b.click("#editor\\:addQuestion");
            b.find("#editor\\:q\\:1\\:qlabel");
            new Select(b.find("#editor\\:q\\:1\\:qkind")).selectByValue("PDF");
            b.type("#editor\\:q\\:1\\:qlabel", "Pitch deck");
            b.click("#editor\\:open");
            b.find(".msg-info");
            b.find("#opened");
            b.assertAccessible();

            b.clickNav("Programmes");
            b.click("a[href*='assign.xhtml']");
            b.find("#assign\\:assignEvenly");
            b.assertAccessible();
            b.click("#assign\\:evenJurors input[type=checkbox]");
            b.type("#assign\\:perApplication", "1");
            b.click("#assign\\:assignEvenly");
            b.waitFor(() -> !b.driver().findElements(By.cssSelector(".msg-info, .msg-error")).isEmpty());
            b.assertAccessible();
            b.signOut();

            b.signIn("fondatrice@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Appels à candidatures");
            b.click("a[data-call='" + title + "']");
            b.find("div.question[data-question='Stade du projet']");
            b.assertAccessible();
            b.type("#apply\\:project", "Studio Fensch — nouvelle série");
            b.type("#apply\\:summary", "Une série d’animation sur la vallée de la Fensch.");
            b.click("#apply\\:submit");
            b.find(".msg-error");
            assertTrue(b.find(".msg-error").getText().contains("Stade du projet"), "the required question is named: " + b.text());
            b.assertAccessible();
            new Select(b.find("select[id$=':single']")).selectByValue("Prototype");
            b.find("input[type=file]").sendKeys(deck.toAbsolutePath().toString());
            b.click("#apply\\:submit");
            b.find("a.deck-link");
            b.find(".msg-info");
            b.assertAccessible();
            b.driver().navigate().refresh();
            assertTrue(b.find("#status").getText().contains("déposée"), "submitted: " + b.find("#status").getText());
            assertTrue(b.find("a.deck-link").getText().startsWith("deck"), b.find("a.deck-link").getText());
        } finally {
            Files.deleteIfExists(deck);
        }
    }
}
