package eu.lorntech.totem.programme;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.programme.entity.Quarter;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/** A founder reports a KPI quarter; the mentor logs a session; the manager reads cohorts and the dashboard in German and exports it. */
@TotemIT
@RunAsClient
class FollowUpBrowserIT {

    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    final String lastQuarter = Quarter.toReportOn(LocalDate.now(ZoneId.of("Europe/Paris"))).toString();

    @AtBothSizes
    void aFounderReportsTheLastQuarter(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml");
            b.signIn("fondatrice@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Ma startup");
            assertTrue(b.find("#startupName").getText().contains("Studio Fensch Animation"));
            b.assertAccessible();
            assertEquals(lastQuarter, b.selected("#kpi\\:quarter"));
            // each size reports its own figures: the quarter may already hold the other run's, which a new report replaces
            String customers = b.isPhone() ? "53" : "52";
            String historyBefore = history(b);
            b.type("#kpi\\:revenue", "18 500,50");
            b.type("#kpi\\:jobs", "-2");
            b.type("#kpi\\:funds", "0");
            b.type("#kpi\\:customers", customers);
            b.click("#kpi\\:report");
            b.find(".msg-error");
            assertTrue(b.text().contains("ne peuvent pas être négatifs"), "the refusal in French");
            assertEquals(historyBefore, history(b), "nothing saved");
            b.type("#kpi\\:jobs", "4");
            b.click("#kpi\\:report");
            b.find(".msg-info");
            b.waitFor(() -> history(b).contains(lastQuarter) && history(b).contains(customers));
            assertTrue(history(b).contains("18 500"), "the amount typed the French way, shown the French way: " + history(b));
            b.assertAccessible();
            b.screenshot("programme-my-startup-" + size);
        }
    }

    @Test
    void anEmptyKpiReportSaysOnceBesideEachFieldWhatIsMissing() {
        try (Browser b = Browser.open(base.toString())) {
            b.go("/login.xhtml?lang=fr");
            b.type("#login\\:email", "fondateur2@totem.example");
            b.type("#login\\:password", PASSWORD);
            b.click("#login\\:submit");
            b.waitForPath("/dashboard.xhtml");
            b.click("#mainmenu a[href$='/programme/my-startup.xhtml']");
            for (String field : List.of("revenue", "jobs", "funds", "customers")) {
                b.find("#kpi\\:" + field).clear();
            }
            b.click("#kpi\\:report");
            b.find(".field-error");
            List<String> besideFields = new java.util.ArrayList<>();
            for (String field : List.of("revenue", "jobs", "funds", "customers")) {
                WebElement error = b.find("#kpi\\:" + field + " ~ .field-error");
                besideFields.add(error.getText().trim());
            }
            assertEquals(4, besideFields.stream().distinct().count(), "one message per field: " + besideFields);
            for (String message : besideFields) {
                int times = b.text().split(java.util.regex.Pattern.quote(message), -1).length - 1;
                assertEquals(1, times, "shown once: " + message);
            }
            assertTrue(besideFields.get(0).contains("chiffre d’affaires"), besideFields.get(0));
            b.assertAccessible();
        }
    }

    static String history(Browser b) {
        java.util.List<org.openqa.selenium.WebElement> table = b.driver().findElements(org.openqa.selenium.By.id("historyTable"));
        return table.isEmpty() ? "" : table.get(0).getText().replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    @AtBothSizes
    void theMentorLogsASession(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml");
            // the mentor reads German; the entry is "Mentoring" in German and English
            b.signIn("mentor@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Mentoring");
            b.find("#mentoring\\:menteeTable");
            b.assertAccessible();
            b.type("#mentoring\\:minutes", "75");
            b.type("#mentoring\\:topics", "Préparer le comité de prêt d’honneur");
            b.click("#mentoring\\:log");
            b.find(".msg-info");
            b.waitFor(() -> b.find("#mentoring\\:sessionTable").getText().contains("Préparer le comité"));
            b.assertAccessible();
        }
    }

    @AtBothSizes
    void theManagerReadsCohortsAndTheDashboardInGermanAndExportsIt(Browser.Size size) throws Exception {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml");
            b.signIn("programmes@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            // the manager's saved language may be German (this journey's other run keeps it): French, by the switcher
            b.chooseLanguage("fr");
            b.clickNav("Promotions");
            b.click("#tab-startups");
            b.waitForPath("/programme/cohorts/startups.xhtml");
            assertTrue(b.find("#startups\\:startupTable").getText().contains("Studio Fensch Animation"));
            b.click("#tab-milestones");
            b.waitForPath("/programme/cohorts/milestones.xhtml");
            b.find("#milestones\\:milestoneTable .state-LATE");
            b.assertAccessible();
            b.screenshot("programme-cohorts-" + size);

            b.chooseLanguage("de");
            b.clickNav("Programm-Dashboard");
            assertEquals("de", b.find("html").getAttribute("lang"));
            assertTrue(b.text().contains("Fortschritt je Jahrgang"));
            b.find("#milestonesChart");
            assertTrue(b.find("#trend\\:trendTable").getText().contains(lastQuarter));
            b.assertAccessible();
            b.screenshot("programme-dashboard-de-" + size);


            Cookie session = b.driver().manage().getCookieNamed("JSESSIONID");
            HttpClient http = HttpClient.newHttpClient();
            for (String format : new String[] {"xlsx", "pdf"}) {
                String href = b.find("#export" + (format.equals("pdf") ? "Pdf" : "Xlsx")).getAttribute("href");
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), format);
                byte[] body = r.body();
                if (format.equals("pdf")) {
                    assertEquals("%PDF", new String(body, 0, 4), "a PDF");
                } else {
                    assertEquals('P', body[0], "an xlsx is a zip");
                    assertEquals('K', body[1]);
                }
            }
            HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "programme/report?programme=1&format=pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(anonymous.statusCode() != 200 || !new String(anonymous.body(), 0, 4).equals("%PDF"), "no report without signing in");

            b.clickNav("Bewerbungen");
            assertTrue(b.find("#applications\\:table").getText().contains("Studio Fensch Animation"));
            b.assertAccessible();
        }
    }
}
