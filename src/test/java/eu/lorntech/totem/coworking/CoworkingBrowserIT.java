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

    @AtBothSizes
    void theSpaceManagerSeesOccupancyAsAChartAndATableAndExportsItToExcel(Browser.Size size) throws Exception {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.signIn("espaces@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.go("/coworking/manage.xhtml");
            b.find("#occupancy\\:chart canvas");
            assertTrue(b.find("#occupancy\\:occupancyTable").getText().contains("Salle Fensch"));
            b.assertAccessible();
            assertTheExcelExportHoldsTheTable(b);
            b.go("/coworking/calendar.xhtml?week=true");
            assertTrue(b.find("#weekGrid").getText().contains("Salle Moselle"));
            b.assertAccessible();
        }
    }

    @AtBothSizes
    void theSpaceManagerCreatesChangesAndRetiresAResource(Browser.Size size) {
        String name = "Cabine essai " + Long.toString(System.nanoTime(), 36);
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.signIn("espaces@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.go("/coworking/manage.xhtml");
            b.type("#resource\\:name", name);
            b.click("#resource\\:create");
            b.waitFor(() -> b.find("#resources\\:resourceTable").getText().contains(name));

            b.click("button[aria-label='Modifier " + name + "']");
            b.waitFor(() -> b.find("#resourceFormTitle").getText().contains("Modifier la ressource"));
            assertEquals(name, b.find("#resource\\:name").getAttribute("value"));
            b.assertAccessible();
            b.type("#resource\\:capacity", "3");
            b.click("#resource\\:create");
            b.find(".msg-info");
            b.waitFor(() -> b.find("#resourceFormTitle").getText().contains("Nouvelle ressource"));

            b.click("button[aria-label='Retirer " + name + "']");
            b.waitFor(() -> b.find(".ui-confirm-dialog-message").isDisplayed());
            b.assertAccessible();
            b.click(".ui-confirmdialog-yes");
            b.waitFor(() -> !b.find("#resources").getText().contains(name));
            assertTrue(b.text().contains("Ressource retirée."));
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
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "coworking/manage.xhtml"))
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
