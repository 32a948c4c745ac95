package eu.lorntech.totem.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor's journey through the public side of events, in headless Chromium with axe-core on each
 * page and state: from the landing page to the catalogue of both sites, a full workshop with its
 * waiting list, the seminar where they register with a colleague, then their own registration page
 * reached through the link of their mail, where they cancel. Runs on the demo's events.
 */
@TotemIT
@RunAsClient
class EventPublicBrowserIT {

    static final String SEMINAR = "La transformation numérique : la nouvelle clé du succès";
    static final String LASER = "Atelier ThiLab : découpe laser";
    static final Pattern REGISTRATION_LINK = Pattern.compile("https?://[^/\\s]+(/public/registration\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    static GreenMail mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailbox() {
        mailbox = eu.lorntech.totem.Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.stop();
    }

    @AtBothSizes
    void aVisitorRegistersWithAColleagueThenCancelsThroughTheLinkOfTheirMail(Browser.Size size) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lead = "visiteuse-" + tag + "@example.org";
        String colleague = "collegue-" + tag + "@example.org";
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.click("a[data-offer='/public/events.xhtml']");
            b.waitForPath("/public/events.xhtml");
            b.find("#filters");
            b.assertAccessible();

            new Select(b.find("#filterSite")).selectByValue("all");
            b.click("#filterApply");
            b.waitFor(() -> b.driver().getCurrentUrl().contains("site=all"));
            assertTrue(b.find("#events").getText().contains(SEMINAR), b.text());
            assertTrue(b.find("#events").getText().contains(LASER), b.text());
            b.assertAccessible();

            b.click("li[data-event='" + LASER + "'] a");
            b.waitForPath("/public/event.xhtml");
            assertTrue(b.find("#seats").getText().matches("Complet — .* en liste d’attente"), b.find("#seats").getText());
            assertTrue(b.find("#registrationState").getText().contains("liste d’attente"));
            b.assertAccessible();
            b.driver().navigate().back();

            b.click("li[data-event='" + SEMINAR + "'] a");
            b.waitForPath("/public/event.xhtml");
            assertTrue(b.find("#agenda").getText().contains("Table ronde"), b.find("#agenda").getText());
            b.assertAccessible();
            // sent without consent: refused on the page, which still knows its event in another language
            b.type("#register\\:name", "Valérie Visiteuse");
            b.type("#register\\:email", lead);
            b.click("#register\\:submit");
            b.find(".msg-error");
            b.chooseLanguage("en");
            assertTrue(b.find("#agenda").getText().contains("Round table"), "the same event, in English: " + b.find("#agenda").getText());
            b.chooseLanguage("fr");
            b.find("#agenda");
            b.type("#register\\:name", "Valérie Visiteuse");
            b.type("#register\\:email", lead);
            b.type("#register\\:organisation", "Menuiserie Baccarat");
            b.click("#colleagues summary");
            b.type("#register\\:colleagueRows\\:0\\:cName", "Corentin Collègue");
            b.type("#register\\:colleagueRows\\:0\\:cEmail", colleague);
            b.click("#register\\:consent");
            b.click("#register\\:submit");
            b.find("#placed");
            assertEquals("CONFIRMED", b.find("li[data-placed='" + lead + "']").getAttribute("data-status"));
            assertEquals("CONFIRMED", b.find("li[data-placed='" + colleague + "']").getAttribute("data-status"));
            assertTrue(b.find("#placed").getText().contains("billet"), b.find("#placed").getText());
            b.assertAccessible();

            b.openMailLink(registrationLink(lead));
            assertEquals("CONFIRMED", b.find("#mine").getAttribute("data-status"));
            assertTrue(b.find("#mine").getText().contains(SEMINAR));
            WebElement qr = b.find("#qr");
            b.waitFor(() -> ((Number) ((JavascriptExecutor) b.driver()).executeScript("return arguments[0].naturalWidth;", qr)).intValue() > 0);
            b.assertAccessible();

            b.click("#cancel\\:ask");
            b.find("#confirmQuestion");
            b.assertAccessible();
            b.click("#cancel\\:yes");
            b.waitFor(() -> "CANCELLED".equals(b.find("#mine").getAttribute("data-status")));
            assertTrue(b.find("#status").getText().contains("Annulée"), b.find("#status").getText());
            assertTrue(b.driver().findElements(By.id("qr")).isEmpty(), "no ticket once cancelled");
            b.assertAccessible();
        }
    }

    /** In German, a visitor joins the waiting list of the full workshop, then leaves it: not one French label on the way. */
    @Test
    void inGermanAVisitorJoinsTheWaitingListOfAFullWorkshopAndLeavesIt() throws Exception {
        String email = "wartende-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<String> french = new ArrayList<>();
        try (Browser b = Browser.open(base.toString())) {
            b.go("/index.xhtml?lang=fr");
            b.chooseLanguage("de");
            b.click("a[data-offer='/public/events.xhtml']");
            b.waitForPath("/public/events.xhtml");
            new Select(b.find("#filterSite")).selectByValue("all");
            b.click("#filterApply");
            b.waitFor(() -> b.driver().getCurrentUrl().contains("site=all"));
            french.addAll(frenchIn("catalogue", b.text()));
            b.assertAccessible();

            b.click("li[data-event='" + LASER + "'] a");
            b.waitForPath("/public/event.xhtml");
            assertTrue(b.find("#seats").getText().startsWith("Ausgebucht"), b.find("#seats").getText());
            french.addAll(frenchIn("full workshop", b.text()));
            b.type("#register\\:name", "Wilma Wartende");
            b.type("#register\\:email", email);
            b.click("#register\\:consent");
            b.click("#register\\:submit");
            b.find("#placed");
            assertEquals("WAITLISTED", b.find("li[data-placed='" + email + "']").getAttribute("data-status"));
            assertTrue(b.find("#placed").getText().contains("Warteliste, Position"), b.find("#placed").getText());
            french.addAll(frenchIn("waitlisted", b.text()));
            b.assertAccessible();

            b.openMailLink(registrationLink(email));
            assertEquals("WAITLISTED", b.find("#mine").getAttribute("data-status"));
            french.addAll(frenchIn("registration", b.text()));
            b.assertAccessible();
            b.click("#cancel\\:ask");
            b.click("#cancel\\:yes");
            b.waitFor(() -> "CANCELLED".equals(b.find("#mine").getAttribute("data-status")));
            french.addAll(frenchIn("left the waiting list", b.text()));
            b.assertAccessible();
        }
        assertTrue(french.isEmpty(), "French on German pages:\n" + String.join("\n", french));
    }

    /** The personal link of the mail the person got (the server's own address may differ from the test's: the path is kept). */
    static String registrationLink(String email) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            for (MimeMessage m : mailbox.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email))) {
                    Matcher link = REGISTRATION_LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
                    if (link.find()) {
                        return link.group(1);
                    }
                }
            }
            mailbox.waitForIncomingEmail(500, mailbox.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail with a registration link reached " + email);
    }

    /**
     * The French texts of the public pages' labels ("# Events: public pages") that German does not
     * share, found in the text; the demo's own French (event titles, agendas) is no label.
     */
    static List<String> frenchIn(String page, String text) {
        Properties fr = bundle("fr");
        Properties de = bundle("de");
        String demo = demoData();
        List<String> found = new ArrayList<>();
        for (String key : fr.stringPropertyNames()) {
            if (!key.startsWith("event.public.") || fr.getProperty(key).equals(de.getProperty(key))) {
                continue;
            }
            for (String piece : fr.getProperty(key).split("\\{[^}]*}|[|#]")) {
                String p = piece.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
                if (p.codePoints().filter(Character::isLetter).count() >= 4 && !de.getProperty(key).contains(p) && !demo.contains(p)
                        && Pattern.compile("(?<!\\p{L})" + Pattern.quote(p) + "(?!\\p{L})").matcher(text).find()) {
                    found.add(page + ": " + key + " \"" + p + "\"");
                }
            }
        }
        return found;
    }

    /** The demo data's sources, whose French names and titles appear on every page in any language. */
    static String demoData() {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(f -> f.getFileName().toString().matches("Demo.*Data\\.java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties bundle(String language) {
        try (InputStream in = EventPublicBrowserIT.class.getResourceAsStream("/eu/lorntech/totem/messages_" + language + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
