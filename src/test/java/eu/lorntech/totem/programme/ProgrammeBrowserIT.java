package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

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

    static final String NEWCOMER_PASSWORD = "a calm orchard at dawn 2031";

    @AtBothSizes
    void aPartnerAppliesToTheOpenCall(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/programme/calls.xhtml?lang=fr");
            b.find("#calls");
            b.assertAccessible();
            // one application per person and call: the phone's run applies as a newcomer who signs up first
            String email = "entreprise@totem.example";
            if (b.isPhone()) {
                email = "applicant-" + Long.toString(System.nanoTime(), 36) + "@example.org";
                b.click(".account a[href$='/signup.xhtml']");
                b.type("#signup\\:email", email);
                b.type("#signup\\:name", "Candidate mobile");
                // the published demo password is refused for new accounts (issue 11): the newcomer picks a strong one
                b.type("#signup\\:password", NEWCOMER_PASSWORD);
                new org.openqa.selenium.support.ui.Select(b.find("#signup\\:site")).selectByVisibleText("Thi'Pi");
                b.click("#signup\\:submit");
                b.waitForText("Merci");
            }
            b.signIn(email, b.isPhone() ? NEWCOMER_PASSWORD : PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Appels à candidatures");
            b.click("a[data-call='" + DEMO_CALL + "']");
            b.type("#apply\\:project", "Tiers-lieu numérique");
            b.type("#apply\\:summary", "Un lieu pour les ateliers numériques du territoire.");
            b.click("#apply\\:submit");
            b.find(".msg-info");
            b.assertAccessible();
            b.driver().navigate().refresh();
            assertTrue(b.find("#status").getText().contains("déposée"), "submitted: " + b.find("#status").getText());
            // submitted: no more "draft" to save, the changes are saved as such
            assertEquals("Enregistrer les modifications", b.find("#apply\\:save").getText().trim());
            b.type("#apply\\:summary", "Un lieu pour les ateliers numériques et les fablabs du territoire.");
            b.click("#apply\\:save");
            b.find(".msg-info");
            assertTrue(!b.text().contains("Brouillon enregistré"), "no draft once submitted: " + b.find("#messages").getText());
            assertTrue(b.find("#messages").getText().contains("Modifications enregistrées"), b.find("#messages").getText());
            assertTrue(b.find("#status").getText().contains("déposée"), "still submitted");
        }
    }

    @Test
    void theManagerExportsEveryApplicationAndOpensTheRankingFromACallRow() throws Exception {
        Path downloads = Files.createTempDirectory("totem-exports");
        try (Browser b = Browser.open(base.toString())) {
            ((ChromeDriver) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            b.go("/login.xhtml?lang=fr");
            b.type("#login\\:email", "programmes@totem.example");
            b.type("#login\\:password", PASSWORD);
            b.click("#login\\:submit");
            b.waitForPath("/dashboard.xhtml");
            // the manager's saved language may be another one (a test of German keeps it): French, by the switcher
            b.click("a[hreflang='fr']");
            b.waitFor(() -> "fr".equals(b.find("html").getAttribute("lang")));

            b.click("#mainmenu a[href$='/programme/applications.xhtml']");
            List<String> projects = b.driver().findElements(By.cssSelector("#applications\\:table tbody tr td:first-child")).stream()
                    .map(td -> td.getText().trim()).toList();
            assertTrue(projects.contains("Musée Moto & Vélo") && projects.contains("Studio Fensch Animation"), "the demo's applications: " + projects);

            b.click("#applications\\:exportCsv");
            Path csv = awaitDownload(downloads, "candidatures.csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(projects.size() + 1, lines.size(), "a header and every application: " + lines);
            for (String project : projects) {
                assertTrue(lines.stream().anyMatch(l -> l.contains(project)), project + " in " + lines);
            }
            String museum = lines.stream().filter(l -> l.contains("Musée Moto")).findFirst().orElseThrow();
            assertTrue(List.of("déposée", "acceptée", "en liste d’attente", "non retenue").stream().anyMatch(museum::contains), "real values: " + museum);

            b.click("#applications\\:exportXlsx");
            Path xlsx = awaitDownload(downloads, "candidatures.xlsx");
            String strings = null;
            int sheetRows = 0;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    if (e.getName().equals("xl/sharedStrings.xml")) {
                        strings = xml;
                    } else if (e.getName().startsWith("xl/worksheets/sheet")) {
                        sheetRows = xml.split("<row ", -1).length - 1;
                    }
                }
            }
            assertEquals(projects.size() + 1, sheetRows, "the workbook's rows: a header and every application");
            for (String project : projects) {
                assertTrue(strings != null && strings.contains(project.replace("&", "&amp;")), project + " in the workbook");
            }

            // the ranking of a call, from its row in the programmes page
            b.click("#mainmenu a[href$='/programme/programmes.xhtml']");
            b.click("a[aria-label='Classement — " + DEMO_CALL + "']");
            b.waitForPath("/programme/ranking.xhtml");
            assertTrue(b.driver().getCurrentUrl().contains("call="), b.driver().getCurrentUrl());
            assertEquals(DEMO_CALL, new Select(b.find("#ranking\\:call")).getFirstSelectedOption().getText().replaceAll(" \\(.*\\)$", ""));
            WebElement museumRow = b.find("#ranking\\:table").findElements(By.cssSelector("tbody tr")).stream()
                    .filter(tr -> tr.getText().contains("Musée Moto & Vélo")).findFirst().orElseThrow();
            assertEquals("1", museumRow.findElements(By.cssSelector("td")).get(3).getText().trim(), "the mentor is its juror: " + museumRow.getText());
            b.assertAccessible();
        }
    }

    /** Chromium writes a download under a temporary name and renames it once complete. */
    static Path awaitDownload(Path dir, String name) {
        return new FluentWait<>(dir.resolve(name)).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .withMessage(name + " downloaded into " + dir).until(f -> Files.isRegularFile(f) ? f : null);
    }

    @AtBothSizes
    void theJurorScoresAndTheManagerRanksAndDecidesInGerman(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml");
            b.signIn("mentor@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Jury");
            b.find("#assigned\\:list");
            b.assertAccessible();
            // an application still submitted: the other size's run may have decided one already
            String application = b.find("#assigned\\:list").findElement(org.openqa.selenium.By.xpath(
                    ".//tr[td[normalize-space(.)='eingereicht']]//button[@data-application]")).getAttribute("data-application");
            b.click("#assigned\\:list button[data-application='" + application + "']");
            b.find("#score\\:save");
            b.assertAccessible();
            b.click("#score\\:save");
            b.find(".msg-info");
            b.signOut();

            b.signIn("programmes@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.chooseLanguage("de");
            b.clickNav("Rangliste");
            assertEquals("de", b.find("html").getAttribute("lang"));
            assertTrue(b.find("#ranking\\:table").getText().contains("Studio Fensch Animation"));
            b.assertAccessible();
            String accept = b.find("#ranking\\:table").findElement(org.openqa.selenium.By.xpath(
                    ".//tr[td[normalize-space(.)='eingereicht']]//button[starts-with(@aria-label, 'Annehmen')]")).getAttribute("aria-label");
            b.click("#ranking\\:table button[aria-label='" + accept.replace("'", "\\'") + "']");
            b.find(".msg-info");
            b.clickNav("Dashboard");
            b.assertAccessible();
        }
    }
}
