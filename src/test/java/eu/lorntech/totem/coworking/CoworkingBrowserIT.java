package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;

/** Booking in the calendar, cancelling, credits, the manager's occupancy, in headless Chromium with axe-core. */
@TotemIT
@RunAsClient
class CoworkingBrowserIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** A weekday after today, in this month when there is one (so this month's credits move). */
    static LocalDate bookableDay() {
        LocalDate d = CoworkingFixtures.nextWeekday(PARIS, 1);
        LocalDate today = LocalDate.now(PARIS);
        return d.getMonth() == today.getMonth() ? d : CoworkingFixtures.nextWeekday(PARIS, 2);
    }

    static Integer credits(Browser b) {
        Matcher m = Pattern.compile("(\\d+) h").matcher(b.find("#mine\\:credits").getText());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    @AtBothSizes
    void aMemberBooksInTheCalendarSeesCreditsMoveAndCancels(Browser.Size size) {
        LocalDate day = bookableDay();
        boolean sameMonth = day.getMonth() == LocalDate.now(PARIS).getMonth();
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.signIn("membre@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.go("/coworking/my-bookings.xhtml");
            Integer before = credits(b);
            b.assertAccessible();

            b.go("/coworking/calendar.xhtml?day=" + day);
            b.find("#grid");
            b.assertAccessible();
            b.click("a[data-slot='Poste nomade 6 15:00']");
            b.waitFor(() -> "15:00".equals(b.selected("#book\\:start")));
            b.click("#book\\:submit");
            b.find(".msg-info");
            b.assertAccessible();

            b.go("/coworking/my-bookings.xhtml");
            assertTrue(b.text().contains("Poste nomade 6"));
            if (sameMonth && before != null) {
                assertEquals(before - 1, credits(b), "one hour spent");
            }
            b.click("button[data-booking='Poste nomade 6']");
            b.click(".ui-confirmdialog-yes");
            b.find(".msg-info");
            if (before != null) {
                b.go("/coworking/my-bookings.xhtml");
                assertEquals(before, credits(b), "credits back after cancelling in time");
            }
            b.go("/coworking/free-now.xhtml");
            b.assertAccessible();
        }
    }

    /** From the menu's "Gestion des espaces" to each of the space manager's pages by its tab, as a manager does. */
    static void openManagerPage(Browser b, String tab) {
        if (!b.driver().getCurrentUrl().contains("/coworking/manage/")) {
            b.clickNav("Gestion des espaces");
            b.waitForPath("/coworking/manage/today.xhtml");
        }
        if (!b.driver().getCurrentUrl().contains("/coworking/manage/" + tab + ".xhtml")) {
            b.click("#tab-" + tab);
            b.waitForPath("/coworking/manage/" + tab + ".xhtml");
        }
        assertEquals("page", b.find("#tab-" + tab).getAttribute("aria-current"));
    }

    @AtBothSizes
    void theSpaceManagerFindsEachUseCaseOnItsOwnPageByTheTabs(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.signIn("espaces@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            openManagerPage(b, "today");
            b.find("#present");
            b.find("#onBehalf\\:member");
            b.assertAccessible();
            openManagerPage(b, "members");
            b.find("#planRequests");
            b.find("#members\\:plan");
            b.find("#training\\:machine");
            b.assertAccessible();
            openManagerPage(b, "resources");
            b.find("#resource\\:name");
            b.assertAccessible();
            openManagerPage(b, "hours");
            b.find("#hours\\:weekday");
            b.assertAccessible();
            openManagerPage(b, "occupancy");
            b.find("#occupancy\\:chart canvas");
            b.assertAccessible();
        }
    }

    @AtBothSizes
    void aRefusedClosureIsExplainedOnTheSamePageWithItsDateInFrench(Browser.Size size) {
        LocalDate day = LocalDate.now(PARIS).plusYears(3).plusDays(Math.floorMod(System.nanoTime(), 300));
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.signIn("espaces@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            openManagerPage(b, "hours");
            for (int attempt = 0; attempt < 2; attempt++) {
                ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]",
                        b.find("#closure\\:day"), day.toString());
                b.type("#closure\\:reason", "Inventaire");
                b.click("#closure\\:add");
                b.find(attempt == 0 ? ".msg-info" : ".msg-error");
            }
            String refusal = b.find("#messages .msg-error").getText();
            assertTrue(refusal.startsWith("Une fermeture existe déjà le "), refusal);
            assertTrue(!refusal.contains(day.toString()), "the day as the reader writes it, not ISO: " + refusal);
            assertTrue(b.driver().getCurrentUrl().contains("/coworking/manage/hours.xhtml"), "the page stays where it is");
            assertEquals("Inventaire", b.find("#closure\\:reason").getAttribute("value"), "what was typed stays in the form");
            b.assertAccessible();
        }
    }

    @AtBothSizes
    void theSpaceManagerSeesOccupancyAsAChartAndATableAndExportsItToExcel(Browser.Size size) throws Exception {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.signIn("espaces@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            openManagerPage(b, "occupancy");
            b.find("#occupancy\\:chart canvas");
            assertTrue(b.find("#occupancy\\:occupancyTable").getText().contains("Salle Fensch"));
            b.assertAccessible();
            assertTheExcelExportHoldsTheTable(b);
            b.go("/coworking/calendar.xhtml?week=true");
            assertTrue(b.find("#weekGrid").getText().contains("Salle Moselle"));
            b.assertAccessible();
        }
    }

    /** Posts the form as the Excel button does (a browser download is out of the test's reach) and reads the workbook. */
    void assertTheExcelExportHoldsTheTable(Browser b) throws Exception {
        String form = "occupancy=occupancy"
                + "&occupancy%3Afrom=" + b.find("#occupancy\\:from").getAttribute("value")
                + "&occupancy%3Ato=" + b.find("#occupancy\\:to").getAttribute("value")
                + "&occupancy%3AexportXlsx=x&jakarta.faces.ViewState=" + URLEncoder.encode(
                        b.driver().findElement(By.cssSelector("#occupancy input[name='jakarta.faces.ViewState']")).getAttribute("value"),
                        StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "coworking/manage/occupancy.xhtml"))
                .header("Cookie", "JSESSIONID=" + b.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("occupancy.xlsx"));
        // the workbook's texts, read from the zip itself: POI needs log4j-api, which WildFly provides but the test client has not
        String texts = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    texts = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(texts != null && texts.contains("<t>Ressource</t>"), "headers from the French bundle: " + texts);
        assertTrue(texts.contains("<t>Salle Fensch</t>"), "the table's rows");
    }

    @AtBothSizes
    void theCalendarSpeaksGerman(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=de");
            // an account no other browser test signs in with: choosing German is kept in the profile
            b.signIn("musee@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.go("/coworking/calendar.xhtml?lang=de&day=" + CoworkingFixtures.nextWeekday(PARIS, 3));
            b.find("#grid");
            assertEquals("de", b.find("html").getAttribute("lang"));
            b.assertAccessible();
        }
    }
}
