package eu.lorntech.totem.talent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A partner company posts an offer; a candidate finds it among the offers that fit her, with the reason,
 * and applies; the company sees her application ranked with the explanation and invites her to an interview.
 */
@TotemIT
@RunAsClient
class OffersBrowserIT {

    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @AtBothSizes
    void aCompanyPostsAnOfferACandidateAppliesAndTheCompanySeesWhySheFits(Browser.Size size) {
        String title = "Développeur·se web junior " + size + " " + System.nanoTime() % 100_000;
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml");
            b.signIn("entreprise@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Mon entreprise");
            b.find("#offersTitle");
            b.assertAccessible();
            b.click("#newOffer");
            b.waitForPath("/talent/offer-edit.xhtml");
            b.type("#offer\\:title", title);
            b.type("#offer\\:place", "Thionville");
            new Select(b.find("#offer\\:contract")).selectByVisibleText("CDI");
            new Select(b.find("#offer\\:newSkill")).selectByVisibleText("Développement web");
            new Select(b.find("#offer\\:newLevel")).selectByVisibleText("Pratique");
            b.click("#offer\\:addSkill");
            b.waitFor(() -> b.find("#offer\\:skillTable").getText().contains("Développement web"));
            new Select(b.find("#offer\\:newSkill")).selectByVisibleText("Design UX/UI");
            WebElement required = b.find("#offer\\:newRequired");
            if (required.isSelected()) {
                required.click();
            }
            b.click("#offer\\:addSkill");
            b.waitFor(() -> b.find("#offer\\:skillTable").getText().contains("Design UX/UI"));
            new Select(b.find("#offer\\:newLanguage")).selectByVisibleText("Allemand");
            new Select(b.find("#offer\\:newLanguageLevel")).selectByVisibleText("B1");
            b.click("#offer\\:addLanguage");
            b.waitFor(() -> b.find("#offer\\:languageTable").getText().contains("Allemand"));
            b.assertAccessible();
            b.click("#offer\\:saveOffer");
            b.waitForPath("/talent/applicants.xhtml");
            b.waitForText("Offre « " + title + " » enregistrée.");
            assertTrue(b.text().contains("Personne n’a encore postulé."), "no applicant yet");
            assertTrue(b.find("#offerSkills").getText().contains("Design UX/UI (souhaitée"), b.find("#offerSkills").getText());
            b.assertAccessible();
            b.signOut();

            // Chloé finds the offer among those that fit her, with the reason, and applies
            b.signIn("candidat@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Offres pour moi");
            WebElement card = card(b, title);
            String why = card.getText();
            assertTrue(why.contains("Correspondance : 100 %") && why.contains("Compétences exigées présentes : Développement web")
                    && why.contains("Langues présentes : Allemand"), why);
            b.assertAccessible();
            card.findElement(By.tagName("textarea")).sendKeys("Bonjour, je suis disponible dès le mois prochain.");
            card.findElement(By.cssSelector("button")).click();
            b.waitForText("Candidature envoyée pour « " + title + " ».");
            b.waitFor(() -> card(b, title).getText().contains("Vous avez postulé à cette offre."));
            String applications = b.find("#applications").getText();
            assertTrue(applications.contains(title) && applications.contains("Reçue"), applications);
            b.assertAccessible();
            b.signOut();

            // the company finds her application with the explanation and invites her to an interview
            b.signIn("entreprise@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Mon entreprise");
            b.driver().findElement(By.linkText(title)).click();
            b.waitForPath("/talent/applicants.xhtml");
            WebElement applicant = b.driver().findElements(By.cssSelector("li.applicant")).stream().filter(li -> li.getText().contains("Chloé Candidate"))
                    .findFirst().orElseThrow(() -> new AssertionError("her application: " + b.text()));
            String seen = applicant.getText();
            assertTrue(seen.contains("Correspondance : 100 %") && seen.contains("Bonjour, je suis disponible") && seen.contains("Reçue"), seen);
            b.assertAccessible();
            new Select(applicant.findElement(By.tagName("select"))).selectByVisibleText("Entretien");
            applicant.findElement(By.tagName("textarea")).sendKeys("Pouvez-vous venir mardi à 10 h ?");
            applicant.findElement(By.cssSelector("button")).click();
            b.waitForText("Candidature de Chloé Candidate déplacée");
            b.waitFor(() -> b.driver().findElements(By.cssSelector("li.applicant")).stream()
                    .anyMatch(li -> li.getText().contains("Chloé Candidate") && li.getText().contains("Entretien")));
            b.assertAccessible();
            b.screenshot("talent-applicants-" + size);
        }
    }

    static WebElement card(Browser b, String title) {
        return b.driver().findElements(By.cssSelector("ul.offers > li")).stream().filter(li -> li.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("the offer '" + title + "' among hers: " + b.text()));
    }
}
