package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Moving through the day calendar by its own buttons, past slots, and what keyboard and screen reader users meet. */
@TotemIT
@RunAsClient
class CalendarBrowserIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static void signIn(Browser b, String lang, String email) {
        b.go("/login.xhtml?lang=" + lang);
        b.type("#login\\:email", email);
        b.type("#login\\:password", PASSWORD);
        b.click("#login\\:submit");
        b.waitForPath("/dashboard.xhtml");
    }

    /** The day shown, as the date field holds it (an HTML date input's value is ISO whatever the locale). */
    static String shownDay(Browser b) {
        return b.find("#nav\\:date").getAttribute("value");
    }

    /** Clicks the button until the grid shows an open day (weekends and bank holidays are closed). */
    static void moveToAnOpenDay(Browser b, String button) {
        for (int i = 0; i < 6; i++) {
            clickAndWaitForTheUpdate(b, button);
            assertTrue(b.driver().findElements(By.cssSelector(".msg-error")).isEmpty(), () -> "no error: " + b.find("#messages").getText());
            if (!b.driver().findElements(By.id("grid")).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("no open day within six clicks");
    }

    /** Clicks an Ajax button of the day form and waits until the form has been rendered again. */
    static void clickAndWaitForTheUpdate(Browser b, String button) {
        WebElement old = b.find("#nav\\:date");
        b.click(button);
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
        b.find("#nav\\:date");
    }

    /** Types a date into an HTML date field, day and month in the order the browser's locale shows them. */
    static void typeDate(Browser b, String css, LocalDate day) {
        WebElement date = b.find(css);
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].focus()", date);
        date.sendKeys("01022030");
        boolean dayFirst = "2030-02-01".equals(date.getAttribute("value"));
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].blur(); arguments[0].focus()", date);
        String dd = String.format("%02d", day.getDayOfMonth());
        String mm = String.format("%02d", day.getMonthValue());
        date.sendKeys((dayFirst ? dd + mm : mm + dd) + String.format("%04d", day.getYear()));
        assertEquals(day.toString(), date.getAttribute("value"), "typed into the date field");
    }

    @Test
    void aMemberMovesDayByDayAndBooksAnotherDayInTheDayView() {
        for (String lang : List.of("fr", "en", "de")) {
            try (Browser b = Browser.open(base.toString())) {
                signIn(b, lang, "espaces@totem.example");
                b.click("#mainmenu a[href$='/coworking/calendar.xhtml']");
                String today = LocalDate.now(PARIS).toString();
                assertEquals(today, b.find("#nav\\:date").getAttribute("value"));

                moveToAnOpenDay(b, "#nav\\:next");
                String later = b.find("#nav\\:date").getAttribute("value");
                assertTrue(later.compareTo(today) > 0, lang + ": the next day is shown: " + later);
                assertTrue(b.find("#grid caption").getText().contains(String.valueOf(LocalDate.parse(later).getDayOfMonth())), "the grid follows");
                b.assertAccessible();

                moveToAnOpenDay(b, "#nav\\:previous");
                assertTrue(b.find("#nav\\:date").getAttribute("value").compareTo(later) < 0, lang + ": back a day");

                // the date field, then "show": typed in the order the browser's locale shows day and month
                LocalDate target = CoworkingFixtures.nextWeekday(PARIS, 4);
                typeDate(b, "#nav\\:date", target);
                clickAndWaitForTheUpdate(b, "#nav\\:show");
                assertEquals(target.toString(), shownDay(b));
                assertTrue(b.driver().findElements(By.cssSelector(".msg-error")).isEmpty(), () -> "no error: " + b.find("#messages").getText());

                // and book there at once
                if ("fr".equals(lang)) {
                    List<WebElement> free = b.driver().findElements(By.cssSelector("#grid a.pick[data-slot^='Bureau fixe B']"));
                    assertFalse(free.isEmpty(), "a free slot on " + target);
                    free.get(free.size() - 1).click();
                    b.find("#book\\:submit");
                    b.click("#book\\:submit");
                    b.find(".msg-info");
                    assertTrue(b.driver().findElements(By.cssSelector(".msg-error")).isEmpty(), () -> b.find("#messages").getText());
                }
            }
        }
    }

    @Test
    @Tag("reads")
    void passedSlotsReadPastAndAreNoLinks() {
        try (Browser b = Browser.open(base.toString())) {
            signIn(b, "en", "membre@totem.example");
            b.click("#mainmenu a[href$='/coworking/calendar.xhtml']");
            b.find("#nav\\:date");
            moveToAnOpenDay(b, "#nav\\:previous");
            assertTrue(b.driver().findElements(By.cssSelector("#grid a.pick")).isEmpty(), "no slot of a past day can be picked");
            assertTrue(b.find("#grid").getText().contains("Past"), b.find("#grid").getText());
            b.assertAccessible();
        }
    }

    @Test
    @Tag("reads")
    void theCellsAreNamedByWhatTheyShowAndTheKeyboardSkipsToTheForm() {
        try (Browser b = Browser.open(base.toString())) {
            signIn(b, "fr", "fondatrice@totem.example");
            b.click("#mainmenu a[href$='/coworking/calendar.xhtml']");
            b.find("#nav\\:date");
            moveToAnOpenDay(b, "#nav\\:next");

            WebElement cell = b.find("#grid a.pick");
            String name = cell.getAccessibleName();
            assertTrue(name.startsWith("Libre"), "the accessible name starts with the visible text: " + name);
            assertTrue(name.contains(cell.getAttribute("data-slot").replaceAll(" \\d\\d:\\d\\d$", "")), "and says which resource: " + name);
            Results mismatch = new AxeBuilder().withRules(List.of("label-content-name-mismatch")).analyze(b.driver());
            assertTrue(mismatch.getViolations().isEmpty(), () -> "label-content-name-mismatch: " + mismatch.getViolations().get(0).getNodes().size() + " nodes");

            // a keyboard user: from the top of the page to the booking form in a few Tab presses
            ((JavascriptExecutor) b.driver()).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
            Actions keys = new Actions(b.driver());
            int presses = 0;
            for (; presses < 40 && !"book:resource".equals(focused(b)); presses++) {
                WebElement active = b.driver().switchTo().activeElement();
                if ("skipToBooking".equals(active.getAttribute("id"))) {
                    keys.sendKeys(Keys.ENTER).perform();
                }
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals("book:resource", focused(b), "reached the booking form within 40 key presses");
            assertTrue(presses <= 25, "Tab presses to the booking form: " + presses);
            b.assertAccessible();
        }
    }

    static String focused(Browser b) {
        return b.driver().switchTo().activeElement().getAttribute("id");
    }
}
