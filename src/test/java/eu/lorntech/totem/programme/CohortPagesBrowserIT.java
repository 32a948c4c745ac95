package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The programme manager's cohort pages, one per use case: the tabs carry the programme and the cohort
 * from page to page, the picker switches them, and each page's form reaches its boundary (shown by a
 * refusal, so that the demo data other journeys read stays as it was).
 */
@TotemIT
@RunAsClient
class CohortPagesBrowserIT {

    static final String PASSWORD = "demo-totem-2026";
    static final List<String> TABS = List.of("cohorts", "startups", "mentoring", "milestones", "template", "quarters");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    @Tag("reads")
    void theTabsCarryTheCohortAndEachPageDoesItsOwnJob() {
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("programmes@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.click("#mainmenu a[href$='/programme/cohorts.xhtml']");
            b.waitForPath("/programme/cohorts.xhtml");
            assertEquals("page", b.find("#tab-cohorts").getAttribute("aria-current"));
            String programme = b.selected("#pick\\:programme");
            b.find("#cohorts\\:cohortTable a[href*='/programme/cohorts/startups.xhtml']");
            b.assertAccessible();

            // a cohort refused (it would end before it starts): the list's form reaches the boundary
            b.type("#cohorts\\:newName", "Backwards");
            setDate(b, "#cohorts\\:newStart", "2030-03-01");
            setDate(b, "#cohorts\\:newEnd", "2030-02-01");
            b.click("#cohorts\\:createCohort");
            b.find(".msg-error");

            // "Open" leads to the cohort's startups; from there every tab keeps the programme and the cohort
            // the demo's cohort, the one with the most startups (other journeys of the suite may add cohorts)
            org.openqa.selenium.WebElement demoRow = b.driver().findElements(org.openqa.selenium.By.cssSelector("#cohorts\\:cohortTable tbody tr"))
                    .stream().max(java.util.Comparator.comparingInt(r -> Integer.parseInt(
                            r.findElements(org.openqa.selenium.By.tagName("td")).get(3).getText().trim())))
                    .orElseThrow();
            demoRow.findElement(org.openqa.selenium.By.tagName("a")).click();
            b.waitForPath("/programme/cohorts/startups.xhtml");
            String cohort = b.selected("#pick\\:cohort");
            assertTrue(b.find("#startups\\:startupTable").getText().contains("Studio Fensch Animation"));
            for (String tab : TABS) {
                String href = b.find("#tab-" + tab).getAttribute("href");
                assertTrue(href.contains("programme=" + programme) && href.contains("cohort=" + cohort), tab + ": " + href);
            }
            b.assertAccessible();

            b.click("#tab-mentoring");
            b.waitForPath("/programme/cohorts/mentoring.xhtml");
            assertEquals("page", b.find("#tab-mentoring").getAttribute("aria-current"));
            assertEquals(cohort, b.selected("#pick\\:cohort"));
            b.find("#hoursStartup");
            b.type("#mentors\\:mentorEmail", "fondatrice@totem.example");
            b.click("#mentors\\:assignMentor");
            b.find(".msg-error");
            b.assertAccessible();

            b.click("#tab-milestones");
            b.waitForPath("/programme/cohorts/milestones.xhtml");
            b.find("#milestones\\:milestoneTable .state-LATE");

            b.click("#tab-template");
            b.waitForPath("/programme/cohorts/template.xhtml");
            b.find("#template\\:templateTable");
            b.click("#template\\:addStep");
            b.find(".msg-error");
            b.assertAccessible();

            b.click("#tab-quarters");
            b.waitForPath("/programme/cohorts/quarters.xhtml");
            b.find("#quarters\\:lock");
            b.assertAccessible();

            // the picker opens the same page for another programme (it has no cohort yet: the cohort pages say so)
            Select programmes = new Select(b.find("#pick\\:programme"));
            String other = programmes.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.equals(programme))
                    .findFirst().orElseThrow();
            programmes.selectByValue(other);
            b.click("#pick\\:show");
            b.waitForPath("programme=" + other);
            assertTrue(b.driver().getCurrentUrl().contains("/programme/cohorts/quarters.xhtml"), b.driver().getCurrentUrl());
            assertEquals(other, b.selected("#pick\\:programme"));
            String startups = b.find("#tab-startups").getAttribute("href");
            assertTrue(startups.endsWith("?programme=" + other), "no cohort to carry: " + startups);
            b.click("#tab-startups");
            b.waitForPath("/programme/cohorts/startups.xhtml");
            b.find("#noCohort");
            b.assertAccessible();
        }
    }

    /** Fills an HTML date field with its ISO value (what the browser posts), whatever order the browser's locale shows. */
    static void setDate(Browser b, String css, String iso) {
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]", b.find(css), iso);
    }
}
