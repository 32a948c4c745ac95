package eu.lorntech.totem.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.ReadsAtBothSizes;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

/** People's journeys through sign-in, language, password reset and the throttle, in headless Chromium. */
@TotemIT
@RunAsClient
class IdentityBrowserIT {

    static final String PASSWORD = "demo-totem-2026";
    static GreenMail mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailbox() {
        mailbox = new GreenMail(ServerSetupTest.SMTP.port(eu.lorntech.totem.TestPorts.smtp()));
        mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.stop();
    }

    /** Each demo account and the menu entries it must (and must not) see. */
    static final Map<String, List<String>> MENUS = Map.of(
            "admin", List.of("Utilisateurs", "Journal d’audit", "Mon profil"),
            "espaces", List.of("Tableau de bord", "Mon profil"),
            "programmes", List.of("Tableau de bord"),
            "evenements", List.of("Tableau de bord"),
            "mentor", List.of("Dashboard", "Mein Profil"),
            "fondatrice", List.of("Tableau de bord"),
            "membre", List.of("Dashboard", "My profile"),
            "entreprise", List.of("Tableau de bord"),
            "candidat", List.of("Tableau de bord"));

    @ReadsAtBothSizes
    void everyDemoRoleSignsInAndSeesItsOwnMenu(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/login.xhtml?lang=fr");
            b.assertAccessible();
            for (Map.Entry<String, List<String>> account : MENUS.entrySet()) {
                b.signIn(account.getKey() + "@totem.example", PASSWORD);
                b.waitForPath("/dashboard.xhtml");
                String menu = String.join(" | ", b.menuTexts());
                for (String entry : account.getValue()) {
                    assertTrue(menu.contains(entry), account.getKey() + " sees " + entry + " in " + menu);
                }
                boolean admin = account.getKey().equals("admin");
                assertEquals(admin, menu.contains("Utilisateurs") || menu.contains("Users") || menu.contains("Benutzer"),
                        account.getKey() + ": admin entries only for admins");
                b.assertAccessible();
                b.signOut();
            }
        }
    }

    @AtBothSizes
    void adminPagesAreUsableAndAccessible(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.signIn("admin@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Utilisateurs");
            b.find("#users\\:table");
            assertTrue(b.text().contains("membre@totem.example"));
            b.assertAccessible();
            b.type("#users\\:search", "mentor");
            b.click("#users\\:searchButton");
            // the mentor is on the unfiltered page too: wait for the table to narrow, not for the mentor
            b.waitFor(() -> !b.text().contains("membre@totem.example"));
            assertTrue(b.text().contains("mentor@totem.example"), "search narrows the table to the match");
            b.click("#mainmenu a[href$='/identity/admin/audit.xhtml']");
            b.find("#audit\\:table");
            List<String> what = b.driver().findElements(By.cssSelector("#audit\\:table .tag")).stream().map(e -> e.getText().trim()).toList();
            assertTrue(!what.isEmpty(), "the demo's revisions");
            assertTrue(what.stream().noneMatch(w -> List.of("User", "RoleGrant", "Booking").contains(w)),
                    "words, not class names: " + what);
            assertTrue(what.contains("Compte"), "the accounts in French: " + what);
            b.assertAccessible();
            b.clickNav("Mon profil");
            b.type("#tokens\\:tokenName", "browser test");
            b.click("#tokens\\:create");
            assertTrue(b.find("#newSecret").getText().startsWith("tot_"));
            b.assertAccessible();
        }
    }

    /**
     * An address mistyped among the public pages (a link to an event copied badly): the error page, in
     * the visitor's language. (Elsewhere a visitor who is not signed in is asked to sign in first.)
     */
    @ReadsAtBothSizes
    void aMistypedAddressLeadsToAnAccessibleErrorPage(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/public/evenement-introuvable.xhtml?lang=fr");
            assertTrue(b.find("#errorText").getText().length() > 0);
            assertEquals("fr", b.find("html").getAttribute("lang"));
            b.assertAccessible();
        }
    }

    @ReadsAtBothSizes
    void aVisitorSwitchesToGermanAndTheChoiceIsRemembered(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml?lang=fr");
            b.chooseLanguage("de");
            b.waitForText("Willkommen");
            assertEquals("de", b.find("html").getAttribute("lang"));
            b.assertAccessible();
            b.click("#signinLink");
            b.waitForPath("/login.xhtml");
            assertEquals("de", b.find("html").getAttribute("lang"), "remembered on the next page");
            assertTrue(b.text().contains("Anmeldung"), "remembered on the next page: " + b.text());
            b.assertAccessible();
            b.click(".account a[href$='/signup.xhtml']");
            b.waitForPath("/signup.xhtml");
            b.find("#signup\\:email");
            assertEquals("de", b.find("html").getAttribute("lang"));
            b.assertAccessible();
        }
    }

    @AtBothSizes
    void aNewMemberSignsUpForgetsTheirPasswordAndResetsItThroughTheMail(Browser.Size size) throws Exception {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser b = Browser.open(base.toString(), size)) {
            signUp(b, email, "mon premier mot de passe");

            // from the sign-in page, as someone who forgot does
            b.click("#signinLink");
            b.waitForPath("/login.xhtml");
            b.click("main a[href$='/forgot-password.xhtml']");
            b.waitForPath("/forgot-password.xhtml");
            b.assertAccessible();
            b.type("#forgot\\:email", email);
            b.click("#forgot\\:submit");
            b.waitForText("Si un compte existe");

            String link = awaitResetLink(email);
            b.openMailLink(link);
            b.find("#reset\\:password");
            // switching language, then site, keeps the link's token
            b.click("a[hreflang='en']");
            b.waitFor(() -> "en".equals(b.find("html").getAttribute("lang")));
            assertTrue(b.driver().findElements(By.id("tokenInvalid")).isEmpty(), "the token survives the language switch: " + b.text());
            b.find("#reset\\:password");
            b.click(".site-switcher button");
            b.waitFor(() -> b.driver().getCurrentUrl().contains("site="));
            assertTrue(b.driver().findElements(By.id("tokenInvalid")).isEmpty(), "and the site switch: " + b.text());
            b.click("a[hreflang='fr']");
            b.waitFor(() -> "fr".equals(b.find("html").getAttribute("lang")));
            b.find("#reset\\:password");
            b.assertAccessible();
            b.type("#reset\\:password", "mon nouveau mot de passe");
            b.click("#reset\\:submit");
            b.find("#toLogin");

            b.signIn(email, "mon nouveau mot de passe");
            b.waitForPath("/dashboard.xhtml");
            b.signOut();
            b.openMailLink(link);
            b.find("#tokenInvalid");
        }
    }

    @AtBothSizes
    void repeatedFailuresLockTheAccountEvenForTheRightPassword(Browser.Size size) {
        String email = "lock-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser b = Browser.open(base.toString(), size)) {
            signUp(b, email, "le bon mot de passe");
            for (int i = 0; i < 4; i++) {
                b.signIn(email, "mauvais mot de passe " + i);
                b.waitForText("Connexion impossible");
            }
            b.signIn(email, "mauvais mot de passe 5");
            b.waitForText("Trop de tentatives");
            b.signIn(email, "le bon mot de passe");
            b.waitForText("Trop de tentatives");
            assertTrue(b.driver().getCurrentUrl().contains("/login.xhtml"), "still not signed in");
            b.assertAccessible();
        }
    }

    private static void signUp(Browser b, String email, String password) {
        b.go("/signup.xhtml?lang=fr");
        b.type("#signup\\:email", email);
        b.type("#signup\\:name", "Test " + email);
        b.type("#signup\\:password", password);
        b.click("#signup\\:submit");
        b.waitForText("Merci");
    }

    private static String awaitResetLink(String email) throws Exception {
        Pattern link = Pattern.compile("(http\\S+/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");
        for (int attempt = 0; attempt < 40; attempt++) {
            for (MimeMessage m : mailbox.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email))) {
                    Matcher matcher = link.matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no reset mail reached " + email);
    }
}
