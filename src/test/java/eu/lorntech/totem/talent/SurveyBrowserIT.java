package eu.lorntech.totem.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.Mailbox;
import eu.lorntech.totem.TotemIT;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The needs survey end to end: the manager invites a company from the dashboard by clicks; the company
 * answers through the link of its mail with no account (a missing answer refused first); the manager
 * reads the results' chart in German and makes a workshop of a need, whose invitation reaches the company.
 */
@TotemIT
@RunAsClient
class SurveyBrowserIT {

    static final String PASSWORD = "demo-totem-2026";
    static final String TITLE = "Besoins numériques des entreprises du territoire de Lunéville à Baccarat";
    static final Pattern SURVEY_LINK = Pattern.compile("https?://[^/\\s]+(/public/survey\\.xhtml\\?token=[A-Za-z0-9_-]{43}&lang=fr)");
    static GreenMail mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.stop();
    }

    static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }

    @AtBothSizes
    void aCompanyAnswersThroughItsLinkAndTheManagerReadsTheChartInGermanThenMakesAWorkshopOfANeed(Browser.Size size) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = "Verrerie Journey " + tag;
        String email = "verrerie-" + tag + "@example.org";
        try (Browser manager = Browser.open(base.toString(), size)) {
            manager.go("/index.xhtml");
            manager.signIn("admin@totem.example", PASSWORD);
            manager.waitForPath("/dashboard.xhtml");
            manager.click("#cards a[href$='/talent/campaigns.xhtml']");
            manager.waitForPath("/talent/campaigns.xhtml");
            manager.assertAccessible();
            manager.click("a[data-campaign='" + TITLE + "']");
            manager.waitForPath("/talent/campaign.xhtml");
            String answered = manager.find("#answeredCount").getText();
            assertTrue(Integer.parseInt(answered.substring(0, answered.indexOf(' '))) >= 40, "the demo's 40 answers at least: " + answered);
            manager.assertAccessible();

            Set<String> before = Mailbox.mark(mailbox);
            manager.type("#invite\\:company", company);
            manager.type("#invite\\:email", email);
            manager.type("#invite\\:sector", "Artisanat d’art (cristal, faïence)");
            new Select(manager.find("#invite\\:size")).selectByValue("MICRO");
            manager.type("#invite\\:commune", "Baccarat");
            manager.click("#invite\\:inviteButton");
            manager.find("#messages .msg-info");
            assertTrue(manager.find("#messages").getText().contains(company + " est invitée"), manager.find("#messages").getText());
            manager.assertAccessible();

            // two more companies at once, one per line: a bad size first refuses the whole list, naming the line
            String pasted = "Faïencerie Paste " + tag + "; faience-" + tag + "@example.org; Artisanat; 12; Lunéville\n"
                    + "Scierie Paste " + tag + "; scierie-" + tag + "@example.org; Bois; géante; Baccarat";
            manager.type("#inviteAll\\:pasted", pasted);
            manager.click("#inviteAll\\:inviteAllButton");
            manager.find("#messages .msg-error");
            assertTrue(manager.find("#messages").getText().contains("Ligne 2"), manager.find("#messages").getText());
            assertTrue(manager.find("#invitationTable").getText().indexOf("Scierie Paste " + tag) < 0, "nothing of a refused paste is invited");
            manager.assertAccessible();
            manager.type("#inviteAll\\:pasted", pasted.replace("géante", "8"));
            manager.click("#inviteAll\\:inviteAllButton");
            manager.find("#messages .msg-info");
            assertTrue(manager.find("#messages").getText().contains("2 entreprises invitées"), manager.find("#messages").getText());
            assertTrue(manager.find("#invitationTable").getText().contains("Scierie Paste " + tag), "the pasted companies are in the list");

            // the company, with no account: the link as it arrives in its mail
            MimeMessage invitation = Mailbox.await(mailbox, before, m -> email.equals(Mailbox.recipient(m)));
            Matcher link = SURVEY_LINK.matcher(body(invitation));
            assertTrue(link.find(), body(invitation));
            try (Browser firm = Browser.open(base.toString(), size)) {
                firm.openMailLink(link.group(1));
                assertTrue(firm.find("#intro").getText().contains(company), firm.find("#intro").getText());
                firm.assertAccessible();
                new Select(firm.find("[id='survey:questions:0:single']")).selectByVisibleText("Artisanat d’art (cristal, faïence)");
                new Select(firm.find("[id='survey:questions:1:single']")).selectByVisibleText("Moins de 10 salariés");
                checkbox(firm, "Cybersécurité").click();
                checkbox(firm, "Site web et vente en ligne").click();
                // sent without the required maturity: refused, nothing saved, said in French
                firm.click("[id='survey:send']");
                firm.waitForText("Répondez à « Maturité numérique de votre entreprise");
                assertTrue(firm.driver().findElements(By.id("answered")).isEmpty(), "nothing saved");
                firm.assertAccessible();
                WebElement three = firm.find("input[name='survey:questions:3:scale'][value='3']");
                firm.driver().findElement(By.cssSelector("label[for='" + three.getAttribute("id") + "']")).click();
                firm.type("[id='survey:questions:4:number']", "2");
                firm.click("[id='survey:send']");
                firm.waitForText("Merci ! Vos réponses sont enregistrées.");
                firm.find("#answered");
                firm.assertAccessible();
            }

            // the manager: the results by the campaign's link, in German, then a workshop of the need
            manager.click("#resultsLink");
            manager.waitForPath("/talent/survey-results.xhtml");
            manager.find("#results canvas");
            manager.chooseLanguage("de");
            try {
                assertEquals("Umfrageergebnisse", manager.find("main h1").getText().trim());
                assertTrue(manager.find("#summary").getText().contains("eingeladenen Unternehmen haben geantwortet"), manager.find("#summary").getText());
                manager.find("#results canvas[aria-label^='Balkendiagramm']");
                manager.assertAccessible();
                manager.screenshot("survey-results-de-" + size);

                WebElement need = manager.driver().findElements(By.cssSelector("#results\\:resultTable tbody tr")).stream()
                        .filter(tr -> !tr.findElements(By.cssSelector("span[data-need='Cybersécurité']")).isEmpty()).findFirst().orElseThrow();
                Set<String> beforeWorkshop = Mailbox.mark(mailbox);
                need.findElement(By.cssSelector("input[type='submit']")).click();
                manager.find("#workshop\\:title");
                assertTrue(manager.find("#workshopNeed").getText().contains("Cybersécurité"), manager.find("#workshopNeed").getText());
                manager.assertAccessible();
                manager.type("#workshop\\:title", "Cybersécurité des TPE " + tag);
                manager.click("#workshop\\:create");
                manager.find("#workshopMade");
                assertTrue(manager.find("#workshops").getText().contains("Cybersécurité"), manager.find("#workshops").getText());
                manager.assertAccessible();
                MimeMessage workshop = Mailbox.await(mailbox, beforeWorkshop,
                        m -> email.equals(Mailbox.recipient(m)) && Mailbox.subject(m).contains("Cybersécurité des TPE " + tag));
                assertTrue(body(workshop).contains(company), body(workshop));
            } finally {
                // the admin keeps the language chosen: back to French, as the demo has it
                manager.chooseLanguage("fr");
            }
        }
    }

    static WebElement checkbox(Browser b, String label) {
        return b.driver().findElements(By.cssSelector("[id='survey:questions:2:many'] label")).stream()
                .filter(l -> l.getText().trim().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no choice " + label));
    }
}
