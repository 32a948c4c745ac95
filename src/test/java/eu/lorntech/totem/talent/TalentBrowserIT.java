package eu.lorntech.totem.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.AtBothSizes;
import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The programme manager moves a candidate along the pathway with the keyboard, then reads the move in the candidate's history. */
@TotemIT
@RunAsClient
class TalentBrowserIT {

    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @AtBothSizes
    void theManagerMovesACandidateWithTheKeyboardAndFindsTheMoveInTheHistory(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml");
            b.signIn("programmes@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            assertTrue(b.text().contains("Candidat·es en parcours") && b.text().contains("Consentements à renouveler"),
                    "the dashboard counts the site's candidates and the consents to renew");
            b.clickNav("Parcours talents");
            b.find("#board\\:columns\\:0\\:column");
            b.assertAccessible();
            // the first column holds the candidates detected, the longest waiting first
            WebElement detected = b.find("#board\\:columns\\:0\\:column");
            assertTrue(detected.getText().contains("Détecté·e"), detected.getText());
            WebElement card = b.find("#board\\:columns\\:0\\:cards\\:0\\:card");
            String name = card.findElement(By.cssSelector(".board-card-name")).getText().trim();
            int orientedBefore = cardsIn(b, 1).size();

            // keyboard only: the card's "move to" list, the arrow key to the first next stage, Tab to "Déplacer", Enter
            WebElement list = b.find("#board\\:columns\\:0\\:cards\\:0\\:moveTo");
            list.sendKeys(Keys.ARROW_DOWN);
            assertEquals("ORIENTED", b.selected("#board\\:columns\\:0\\:cards\\:0\\:moveTo"));
            list.sendKeys(Keys.TAB);
            WebElement focused = b.driver().switchTo().activeElement();
            assertEquals("board:columns:0:cards:0:move", focused.getAttribute("id"), "Tab leads from the list to its button");
            focused.sendKeys(Keys.ENTER);
            b.waitFor(() -> b.text().contains(name + " est maintenant à l’étape « Orienté·e »"));
            b.waitFor(() -> cardsIn(b, 1).contains(name));
            assertEquals(orientedBefore + 1, cardsIn(b, 1).size(), "one more card in the column Orienté·e");
            assertTrue(!cardsIn(b, 0).contains(name), "and none left behind");
            b.assertAccessible();
            b.screenshot("talent-board-" + size);

            // the candidate's page, by the card's link: the move is in the history, with who made it
            b.driver().findElements(By.cssSelector("#board .board-card-name")).stream().filter(a -> a.getText().trim().equals(name))
                    .findFirst().orElseThrow().click();
            b.waitForPath("/talent/candidate.xhtml");
            String history = b.find("#history").getText();
            assertTrue(history.contains("Détecté·e → Orienté·e") && history.contains("Paula Programmes"), history);
            assertEquals("Orienté·e", b.find("#currentStage .state").getText().trim());
            b.assertAccessible();

            // the outcomes, by the menu: the chart, and the table per detection action with the hackathon's line
            b.clickNav("Résultats des parcours");
            b.find("#outcomes\\:stageChart");
            String table = b.find("#outcomes\\:actionTable").getText();
            assertTrue(table.contains("Hackathon « Territoire intelligent » de Thi'Pi") && table.contains("Orienté·e"), table);
            b.assertAccessible();
        }
    }

    @org.junit.jupiter.api.Test
    void theBoardDraggedCardLandsInTheColumnItIsDroppedOn() {
        try (Browser b = Browser.open(base.toString())) {
            b.go("/index.xhtml");
            b.signIn("programmes@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Parcours talents");
            // a candidate in training, dragged onto the column "En stage"
            WebElement card = b.find("#board\\:columns\\:2\\:cards\\:0\\:card");
            String name = card.findElement(By.cssSelector(".board-card-name")).getText().trim();
            WebElement internship = b.find("#board\\:columns\\:3\\:column");
            new org.openqa.selenium.interactions.Actions(b.driver()).clickAndHold(card).moveByOffset(10, 10).moveToElement(internship)
                    .release().perform();
            b.waitFor(() -> b.text().contains(name + " est maintenant à l’étape « En stage »"));
            b.waitFor(() -> cardsIn(b, 3).contains(name));
            assertTrue(!cardsIn(b, 2).contains(name));
        }
    }

    @AtBothSizes
    void aCandidateAddsASkillToTheirProfileSavesItAndFindsItAgain(Browser.Size size) {
        try (Browser b = Browser.open(base.toString(), size)) {
            b.go("/index.xhtml");
            b.signIn("candidat@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.clickNav("Mon profil talent");
            String skillsShown = b.find("#profile\\:skillTable").getText();
            assertTrue(skillsShown.contains("Développement web"), "her skills as the demo gave them: " + skillsShown);
            b.assertAccessible();
            new org.openqa.selenium.support.ui.Select(b.find("#profile\\:newSkill")).selectByVisibleText("Cybersécurité");
            new org.openqa.selenium.support.ui.Select(b.find("#profile\\:newSkillLevel")).selectByVisibleText("Autonomie");
            b.click("#profile\\:addSkill");
            b.waitFor(() -> b.find("#profile\\:skillTable").getText().contains("Cybersécurité"));
            b.click("#profile\\:save");
            b.waitForText("Profil enregistré.");
            b.assertAccessible();

            // again from the menu: saved; then taken off again, as the demo had it
            b.clickNav("Mon profil talent");
            WebElement row = b.driver().findElements(By.cssSelector("[id='profile:skillTable'] tbody tr")).stream()
                    .filter(tr -> tr.getText().contains("Cybersécurité")).findFirst().orElseThrow(() -> new AssertionError("not saved"));
            assertEquals("3", new org.openqa.selenium.support.ui.Select(row.findElement(By.tagName("select"))).getFirstSelectedOption()
                    .getAttribute("value"), "at the level chosen");
            row.findElement(By.cssSelector("button")).click();
            b.waitFor(() -> !b.find("#profile\\:skillTable").getText().contains("Cybersécurité"));
            b.click("#profile\\:save");
            b.waitForText("Profil enregistré.");
        }
    }

    /** The names on the cards of the board's column {@code index}. */
    static List<String> cardsIn(Browser b, int index) {
        return b.driver().findElements(By.cssSelector("[id='board:columns:" + index + ":column'] .board-card-name")).stream()
                .map(e -> e.getText().trim()).toList();
    }
}
