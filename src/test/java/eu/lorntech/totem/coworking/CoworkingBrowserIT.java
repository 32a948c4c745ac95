package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.ReadsAtBothSizes;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.Mailbox;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.platform.i18n.LocalFormats;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

    static GreenMail mailbox;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.stop();
    }

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
            // membre@totem.example reads English: once signed in, the menu speaks it
            b.signIn("membre@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("My bookings");
            Integer before = credits(b);
            b.assertAccessible();

            b.clickNav("Book");
            showDay(b, day);
            b.find("#grid");
            b.assertAccessible();
            b.click("a[data-slot='Poste nomade 6 15:00']");
            b.waitFor(() -> "15:00".equals(b.selected("#book\\:start")));
            b.click("#book\\:submit");
            b.find(".msg-info");
            b.assertAccessible();

            b.clickNav("My bookings");
            assertTrue(b.text().contains("Poste nomade 6"));
            if (sameMonth && before != null) {
                assertEquals(before - 1, credits(b), "one hour spent");
            }
            b.click("button[data-booking='Poste nomade 6']");
            b.click(".ui-confirmdialog-yes");
            b.find(".msg-info");
            if (before != null) {
                b.clickNav("My bookings");
                assertEquals(before, credits(b), "credits back after cancelling in time");
            }
            b.clickNav("Free now");
            b.assertAccessible();
        }
    }

    /** Moves the day calendar by its "next day" button until it shows {@code day} (a few days ahead). */
    static void showDay(Browser b, LocalDate day) {
        for (int i = 0; i < 10 && !day.toString().equals(CalendarBrowserIT.shownDay(b)); i++) {
            CalendarBrowserIT.clickAndWaitForTheUpdate(b, "#nav\\:next");
        }
        assertEquals(day.toString(), CalendarBrowserIT.shownDay(b), "the calendar reached the day by its next-day button");
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

    @ReadsAtBothSizes
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
            b.clickNav("Réserver");
            b.click("#toggleView");
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

    @ReadsAtBothSizes
    void theCalendarSpeaksGerman(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=de");
            // an account no other browser test signs in with: choosing German is kept in the profile
            b.signIn("musee@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.chooseLanguage("de");
            b.clickNav("Buchen");
            showDay(b, CoworkingFixtures.nextWeekday(PARIS, 3));
            b.find("#grid");
            assertTrue(b.find("#nav\\:next").getText().contains("Nächster Tag"), b.find("#nav\\:next").getText());
            assertEquals("de", b.find("html").getAttribute("lang"));
            b.assertAccessible();
        }
    }

    /**
     * The dashboard's "book a meeting room" day links, a free hour of a room and the confirm button: three
     * clicks from the dashboard to a room booked for next week. The mail says what, where and when, in
     * French, with an .ics file; My bookings lists it, and it is cancelled there.
     */
    @AtBothSizes
    void aMemberBooksAMeetingRoomForNextWeekInThreeClicksGetsItsMailAndCancelsIt(Browser.Size size) throws Exception {
        Locale french = Locale.FRENCH;
        DateTimeFormatter longDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(french);
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            // Fanny reads French and books on her site, Thionville
            b.signIn("fondatrice@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            // her mails follow the language kept in her profile, which another journey of the suite may have
            // changed: she chooses French, as a person who gets mails in another language would
            b.chooseLanguage("fr");
            String site = b.find("#site-select option[selected]").getAttribute("textContent").trim();
            b.assertAccessible();

            // next week's first open day among the dashboard's days
            LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            List<WebElement> dayLinks = b.driver().findElements(By.cssSelector("ul.days a"));
            List<String> offered = dayLinks.stream().map(a -> a.getText().trim()).toList();
            LocalDate day = monday.datesUntil(monday.plusDays(5)).filter(d -> offered.contains(longDay.format(d))).findFirst()
                    .orElseThrow(() -> new AssertionError("a day of next week among the dashboard's days: " + offered));
            WebElement dayLink = dayLinks.get(offered.indexOf(longDay.format(day)));
            int clicks = 0;

            dayLink.click();
            clicks++;
            b.waitForPath("/coworking/calendar.xhtml");
            b.find("#grid");
            assertEquals(day.toString(), CalendarBrowserIT.shownDay(b), "the calendar opens on the day picked");
            assertTrue(b.find("#filter").getText().contains("Salle de réunion"), b.find("#filter").getText());
            List<String> kinds = b.driver().findElements(By.cssSelector("#grid tbody th .hint")).stream()
                    .map(e -> e.getAttribute("textContent").trim()).toList();
            assertTrue(!kinds.isEmpty() && kinds.stream().allMatch(k -> k.startsWith("Salle de réunion")), "only meeting rooms: " + kinds);
            b.assertAccessible();

            String slot = aFreeHourBetweenFreeHours(b);
            String room = slot.substring(0, slot.lastIndexOf(' '));
            LocalTime start = LocalTime.parse(slot.substring(slot.lastIndexOf(' ') + 1));
            java.util.Set<String> mailsBefore = Mailbox.mark(mailbox);
            b.click("a[data-slot='" + slot + "']");
            clicks++;
            b.waitFor(() -> start.toString().equals(b.selected("#book\\:start")));
            assertEquals(room, new org.openqa.selenium.support.ui.Select(b.find("#book\\:resource")).getFirstSelectedOption().getText(),
                    "the room picked is in the form");
            b.click("#book\\:submit");
            clicks++;
            b.find(".msg-info");
            assertTrue(b.driver().findElements(By.cssSelector(".msg-error")).isEmpty(), () -> b.find("#messages").getText());
            assertTrue(clicks <= 3, "clicks from the dashboard to a booked room: " + clicks);
            b.assertAccessible();

            String when = longDay.format(day) + ", de " + start + " à " + start.plusHours(1);
            MimeMessage mail = Mailbox.await(mailbox, mailsBefore, m -> "fondatrice@totem.example".equals(Mailbox.recipient(m)) && Mailbox.subject(m).contains(room));
            assertTrue(Mailbox.subject(mail).startsWith("Réservation confirmée : " + room + ", " + longDay.format(day)), Mailbox.subject(mail));
            Multipart parts = (Multipart) mail.getContent();
            String body = null;
            Calendar ics = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getContentType().startsWith("text/plain") && body == null) {
                    body = part.getContent().toString();
                } else if (part.getContentType().startsWith("text/calendar")) {
                    try (InputStream in = part.getInputStream()) {
                        ics = new CalendarBuilder().build(in);
                    }
                }
            }
            assertTrue(body != null && body.contains("Quoi : " + room + " (Salle de réunion)"), "what: " + body);
            assertTrue(body.contains("Où : " + site), "where: " + body);
            assertTrue(body.contains(when), "when, in French: " + when + " in " + body);
            assertTrue(ics != null && ics.getComponents("VEVENT").size() == 1, "an .ics with the booking");
            VEvent event = (VEvent) ics.getComponents("VEVENT").get(0);
            assertEquals(day.atTime(start).atZone(PARIS).toInstant(), Instant.from(event.getStartDate().orElseThrow().getDate()),
                    "the .ics starts when the room was booked");

            b.clickNav("Mes réservations");
            String cancel = "button[aria-label='Annuler " + room + " " + LocalFormats.dateTime(day, start, french) + "']";
            b.find(cancel);
            b.assertAccessible();
            b.click(cancel);
            b.click(".ui-confirmdialog-yes");
            b.find(".msg-info");
            b.waitFor(() -> b.driver().findElements(By.cssSelector(cancel)).isEmpty());
            b.assertAccessible();
        }
    }

    /** The slot of a free hour whose neighbours are free too, so that no room's buffer between bookings refuses it. */
    static String aFreeHourBetweenFreeHours(Browser b) {
        for (WebElement row : b.driver().findElements(By.cssSelector("#grid tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            List<String> states = new ArrayList<>();
            cells.forEach(c -> states.add(c.getAttribute("class")));
            for (int i = 1; i + 1 < cells.size(); i++) {
                if (states.get(i - 1).contains("cell-free") && states.get(i).contains("cell-free") && states.get(i + 1).contains("cell-free")) {
                    return cells.get(i).findElement(By.cssSelector("a.pick")).getAttribute("data-slot");
                }
            }
        }
        throw new AssertionError("no free hour between free hours in " + b.find("#grid").getText());
    }
}
