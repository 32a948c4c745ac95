package eu.lorntech.totem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Each demo role on a phone (390×844): signs in from the home page, then clicks every entry of the
 * menu behind the menu button; each page fits the screen (no sideways scrolling) and passes axe-core.
 */
@TotemIT
@RunAsClient
class PhoneWalkBrowserIT {

    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "espaces", "programmes", "evenements", "mentor", "fondatrice", "membre", "entreprise",
            "candidat", "musee"})
    void everyPageOfTheMenuFitsAPhone(String account) {
        try (Browser b = Browser.open(base.toString(), Browser.Size.PHONE)) {
            b.go("/index.xhtml");
            b.assertAccessible();
            WebElement button = b.find("#menuButton");
            assertTrue(button.isDisplayed(), "the menu button on a phone");
            assertEquals("false", button.getAttribute("aria-expanded"));
            assertTrue(!b.driver().findElement(By.id("navpanel")).isDisplayed(), "the header's menu is closed at first");

            b.signInByClicks(account + "@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.assertAccessible();
            b.openMenu();
            assertEquals("true", b.find("#menuButton").getAttribute("aria-expanded"));
            b.assertAccessible();
            // the open menu was checked above, on the dashboard; each page is checked as it is reached
            List<String> walked = b.walkMenu(entry -> {
                b.assertAccessible();
                b.screenshot("phone-" + account + "-" + entry.replaceAll("\\W+", "_"));
            });
            assertTrue(walked.size() >= 2, account + " walked " + walked);
            b.signOut();
        }
    }
}
