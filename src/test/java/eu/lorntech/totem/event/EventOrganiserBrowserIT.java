package eu.lorntech.totem.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The event organiser's journeys in headless Chromium, at desktop and phone size, from the dashboard
 * and the menu: an event with the agenda of a round table, published; then the door, by code and by
 * name, a ticket used twice and a cancelled one. axe-core on every page and state.
 */
@TotemIT
@RunAsClient
class EventOrganiserBrowserIT {

    static final String PASSWORD = "demo-totem-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** Signs the organiser in from the landing page (the one typed address) and opens "Mes événements" from the menu. */
    static void toMyEvents(Browser b) {
        b.go("/index.xhtml?lang=fr");
        b.signInByClicks(EventFixtures.ORGANISER, PASSWORD);
        b.waitForPath("/dashboard.xhtml");
        b.clickNav("Mes événements");
        b.waitForPath("/event/events.xhtml");
        b.find("#newTitle");
    }

    /** Creates a seminar from the "New event" form with its defaults and lands in its editor. */
    static void createEvent(Browser b, String title) {
        new Select(b.find("#create\\:kind")).selectByValue("SEMINAR");
        b.type("#create\\:title", title);
        b.type("#create\\:venue", "Salle des fêtes");
        b.type("#create\\:capacity", "120");
        b.click("#create\\:submit");
        b.waitForPath("/event/editor.xhtml");
        b.waitForText(title);
        b.find(".msg-info");
    }

    static void publish(Browser b) {
        b.click("#status\\:publish");
        b.waitFor(() -> b.find("#eventStatus").getText().contains("Publié"));
    }

    void addSpeaker(Browser b, String role, String name, String jobTitle, String organisation) {
        new Select(b.find("#speaker\\:role")).selectByValue(role);
        b.type("#speaker\\:name", name);
        b.type("#speaker\\:jobTitle", jobTitle);
        b.type("#speaker\\:organisation", organisation);
        b.click("#speaker\\:addSpeaker");
        b.waitFor(() -> b.find("#agenda").getText().contains(name));
    }

    @AtBothSizes
    void theOrganiserCreatesAnEventBuildsARoundTableAndPublishesIt(Browser.Size size) {
        String title = "Villes connectées " + size + " " + Long.toString(System.nanoTime(), 36);
        try (Browser b = Browser.open(base.toString(), size)) {
            toMyEvents(b);
            b.assertAccessible();
            createEvent(b, title);
            assertEquals("Brouillon", b.find("#eventStatus").getText());
            b.assertAccessible();

            new Select(b.find("#session\\:kind")).selectByValue("ROUND_TABLE");
            b.type("#session\\:title", "Le territoire intelligent, pour qui ?");
            b.type("#session\\:room", "Amphithéâtre");
            b.click("#session\\:saveSession");
            b.waitFor(() -> b.find("#agenda").getText().contains("Le territoire intelligent, pour qui ?"));
            assertTrue(b.find("#agenda").getText().contains("Table ronde"));
            addSpeaker(b, "MODERATOR", "Claire Moderato", "Journaliste", "L’Est Républicain");
            addSpeaker(b, "PANELIST", "Paul Panel", "Maire", "Commune de Ménil-Flin");
            addSpeaker(b, "PANELIST", "Petra Podium", "Directrice", "Smart Grid Lorraine");
            String agenda = b.find("#agenda").getText();
            assertTrue(agenda.contains("Modérateur·rice") && agenda.contains("Claire Moderato"), agenda);
            assertEquals(2, agenda.split("Panéliste", -1).length - 1, "two panelists: " + agenda);
            b.assertAccessible();

            // two registration questions, then the first removed and the other reworded before anyone registers
            b.click("#questions\\:addQuestion");
            b.type("#questions\\:q\\:0\\:qlabel", "Votre fonction");
            b.click("#questions\\:addQuestion");
            b.type("#questions\\:q\\:1\\:qlabel", "Déjeuner sur place ?");
            b.click("#questions\\:ask");
            b.waitFor(() -> b.find("#questionList").getText().contains("Déjeuner sur place ?"));
            assertTrue(b.find("#questionList").getText().contains("Votre fonction"), b.find("#questionList").getText());
            b.assertAccessible();
            b.click("#questions\\:q\\:0\\:remove");
            b.waitFor(() -> b.driver().findElements(org.openqa.selenium.By.cssSelector("[id='questions:q:1:qlabel']")).isEmpty());
            b.type("#questions\\:q\\:0\\:qlabel", "Déjeuner sur place, le midi ?");
            b.click("#questions\\:ask");
            b.waitFor(() -> b.find("#questionList").getText().contains("Déjeuner sur place, le midi ?"));
            assertTrue(!b.find("#questionList").getText().contains("Votre fonction"), "the removed question is gone: " + b.find("#questionList").getText());
            b.assertAccessible();

            b.click("#status\\:cancelEvent");
            b.waitFor(() -> b.find(".ui-confirm-dialog-message").isDisplayed());
            assertTrue(b.find(".ui-confirm-dialog-message").getText().contains("recevront un e-mail"), "the dialog says everyone is mailed");
            b.assertAccessible();
            b.click(".ui-confirmdialog-no");
            b.waitFor(() -> !b.find(".ui-confirm-dialog-message").isDisplayed());

            publish(b);
            b.assertAccessible();

            b.clickNav("Mes événements");
            b.waitFor(() -> b.find("#eventTable").getText().contains(title));
            assertTrue(b.find("#eventTable").getText().contains("Publié"));
            b.assertAccessible();
        }
    }

    @AtBothSizes
    void atTheDoorACodeAdmitsOnceANameIsFoundAndACancelledTicketIsRefused(Browser.Size size) {
        String run = Long.toString(System.nanoTime(), 36);
        String title = "Portes ouvertes " + size + " " + run;
        try (Browser b = Browser.open(base.toString(), size)) {
            toMyEvents(b);
            createEvent(b, title);
            publish(b);
            b.click("#attendeesLink");
            b.waitForPath("/event/attendees.xhtml");
            b.find("#countsTitle");
            b.assertAccessible();

            String alice = "Alice Accueil " + run;
            String bruno = "Bruno Badge " + run;
            String chloe = "Chloé Contremarque " + run;
            for (String name : new String[] {alice, bruno, chloe}) {
                b.type("#add\\:name", name);
                b.type("#add\\:email", name.split(" ")[0].toLowerCase().replace("é", "e") + "-" + run + "@example.org");
                b.type("#add\\:organisation", "Lorraine Numérique");
                b.click("#add\\:submit");
                b.waitFor(() -> b.find("#list\\:table").getText().contains(name));
            }
            assertTrue(b.find("#countConfirmed").getText().startsWith("3"), b.find("#countConfirmed").getText());
            String aliceCode = ticket(b, alice);
            String chloeCode = ticket(b, chloe);

            b.type("#capacity\\:seats", "2");
            b.click("#capacity\\:change");
            b.find(".msg-error");
            assertTrue(b.text().contains("3 personnes sont déjà inscrites"), "the boundary's refusal, in French");
            assertTrue(b.find("#countConfirmed").getText().endsWith("120"), "the capacity did not change");
            b.assertAccessible();

            b.click("button[data-remove='" + chloe + "']");
            b.waitFor(() -> b.find(".ui-confirm-dialog-message").isDisplayed());
            b.assertAccessible();
            b.click(".ui-confirmdialog-yes");
            b.waitFor(() -> b.find("#countCancelled").getText().startsWith("1"));

            // a message to the confirmed group: the two left, asked first
            new Select(b.find("#mail\\:group")).selectByValue("CONFIRMED");
            b.type("#mail\\:subject", "Plan d’accès");
            b.type("#mail\\:text", "Entrée par la porte nord, à partir de 8 h 30.");
            b.click("#mail\\:send");
            b.waitFor(() -> b.find(".ui-confirm-dialog-message").isDisplayed());
            b.click(".ui-confirmdialog-yes");
            b.waitForText("Message envoyé à 2 personne(s).");
            b.assertAccessible();

            b.click("#checkInLink");
            b.waitForPath("/event/check-in.xhtml");
            b.find("#door\\:code");
            b.assertAccessible();
            b.type("#door\\:station", "Porte nord");

            b.type("#door\\:code", aliceCode.toLowerCase());
            b.find("#door\\:code").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitFor(() -> verdict(b).contains("entrée validée"));
            assertTrue(b.find("#verdictName").getText().contains(alice));
            b.waitFor(() -> b.find("#inside").getText().equals("1"));
            b.assertAccessible();

            b.type("#door\\:code", aliceCode);
            b.click("#door\\:scan");
            b.waitFor(() -> verdict(b).contains("déjà entré"));
            assertTrue(b.find("#verdictWhen").getText().contains("Porte nord"), "says where it was used");
            b.assertAccessible();

            b.type("#door\\:code", chloeCode);
            b.click("#door\\:scan");
            b.waitFor(() -> verdict(b).contains("billet annulé"));
            b.assertAccessible();

            b.type("#door\\:search", "bruno badge");
            b.click("#door\\:find");
            b.click("button[data-admit='" + bruno + "']");
            b.waitFor(() -> verdict(b).contains("entrée validée") && b.find("#verdictName").getText().contains(bruno));
            b.waitFor(() -> b.find("#inside").getText().equals("2"));
            b.assertAccessible();

            // a walk-in while seats remain: registered and admitted at once
            String damien = "Damien Debout " + run;
            b.type("#door\\:walkName", damien);
            b.type("#door\\:walkEmail", "damien-" + run + "@example.org");
            b.type("#door\\:walkOrganisation", "Sur place");
            b.click("#door\\:walkInButton");
            b.waitFor(() -> verdict(b).contains("entrée validée") && b.find("#verdictName").getText().contains(damien));
            b.waitFor(() -> b.find("#inside").getText().equals("3"));
            b.assertAccessible();

            b.find("#eventTitle").click();
            b.waitForPath("/event/attendees.xhtml");
            assertTrue(b.find("#log\\:scans").getText().contains("Porte nord"), "the door's log");
            assertTrue(b.find("#countIn").getText().startsWith("3"), b.find("#countIn").getText());
            b.assertAccessible();
        }
    }

    static String verdict(Browser b) {
        var found = b.driver().findElements(By.id("verdict"));
        return found.isEmpty() ? "" : found.get(0).getText().toLowerCase(java.util.Locale.ROOT);
    }

    static String ticket(Browser b, String name) {
        return b.find("#list\\:table code.ticket[data-name='" + name + "']").getText().trim();
    }
}
