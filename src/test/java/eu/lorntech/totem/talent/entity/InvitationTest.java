package eu.lorntech.totem.talent.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.platform.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Personal links that cannot be guessed, one company each; reminders once a day to those who have not answered. */
class InvitationTest {

    static Invitation invitation() {
        return new Invitation(1L, new Invitation.Company("Cristallerie", " Contact@Cristal.example ", "Industrie", SizeBand.MEDIUM, "Baccarat", null),
                Instant.now());
    }

    @Test
    void aTokenCarries256RandomBitsInUrlSafeCharacters() {
        String token = Invitation.newToken();
        assertEquals(43, token.length(), token);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "URL-safe, no padding: " + token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length, "256 bits, at least the 128 asked");
        assertTrue(Invitation.looksLikeToken(token));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(Invitation.newToken()), "a token came twice");
        }
        assertNotEquals(invitation().getToken(), invitation().getToken(), "each invitation its own link");
    }

    @Test
    void whatCannotBeATokenIsRecognisedBeforeAnyQuery() {
        assertFalse(Invitation.looksLikeToken(null));
        assertFalse(Invitation.looksLikeToken("short"));
        assertFalse(Invitation.looksLikeToken("' or 1=1 --aaaaaaaaaaaaaaaaaaaaaaaa"));
        assertFalse(Invitation.looksLikeToken("a".repeat(65)));
    }

    @Test
    void anInvitationKeepsTheAddressNormalisedAndFrenchByDefault() {
        Invitation i = invitation();
        assertEquals("contact@cristal.example", i.getEmail());
        assertEquals("fr", i.getLanguage());
        assertEquals("survey.invite.email.invalid", assertThrows(Refusal.class, () -> new Invitation(1L,
                new Invitation.Company("X", "pas-une-adresse", null, null, null, null), Instant.now())).getMessageKey());
        assertEquals("survey.invite.language.invalid", assertThrows(Refusal.class, () -> new Invitation(1L,
                new Invitation.Company("X", "x@y.example", null, null, null, "lb"), Instant.now())).getMessageKey());
    }

    @Test
    void aCompanyIsRemindedAtMostOnceADayAndNeverOnceItAnswered() {
        Invitation i = invitation();
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertTrue(i.remindableOn(today));
        i.remindedOn(today);
        assertFalse(i.remindableOn(today), "never twice the same day");
        assertTrue(i.remindableOn(today.plusDays(1)));
        i.answered(7L, Instant.now());
        assertFalse(i.remindableOn(today.plusDays(1)), "a company that answered is not reminded");
        i.answered(7L, Instant.now());
        assertThrows(IllegalStateException.class, () -> i.answered(8L, Instant.now()), "one response, never a second");
    }

    @Test
    void aCampaignTakesAnswersFromItsOpeningToItsClosingDayIncludedAndRemindsOnceInItsLastDays() {
        LocalDate opens = LocalDate.of(2026, 11, 1);
        LocalDate closes = LocalDate.of(2026, 11, 30);
        Campaign c = new Campaign(1L, 2L, "Besoins", opens, closes, 3, null, Instant.now());
        c.requireOpenOn(closes);
        assertEquals("survey.closed", assertThrows(Refusal.class, () -> c.requireOpenOn(closes.plusDays(1))).getMessageKey());
        Refusal early = assertThrows(Refusal.class, () -> c.requireOpenOn(opens.minusDays(1)));
        assertEquals(Refusal.Kind.CONFLICT, early.getKind());
        assertFalse(c.autoReminderDueOn(closes.minusDays(4)));
        assertTrue(c.autoReminderDueOn(closes.minusDays(3)));
        c.autoReminded(closes.minusDays(3));
        assertFalse(c.autoReminderDueOn(closes.minusDays(2)), "the automatic reminder goes once");
        assertEquals("survey.campaign.dates.invalid", assertThrows(Refusal.class,
                () -> new Campaign(1L, 2L, "Besoins", closes, opens, 3, null, Instant.now())).getMessageKey());
    }

    @Test
    void aCompanyIsReadFromASpreadsheetRowOrASemicolonLine() {
        Invitation.Company row = Invitation.Company.parse("Cristallerie de Baccarat\tcontact@cristal.example\tIndustrie\t120\tBaccarat\tde");
        assertEquals(new Invitation.Company("Cristallerie de Baccarat", "contact@cristal.example", "Industrie", SizeBand.MEDIUM, "Baccarat", "de"), row);
        Invitation.Company line = Invitation.Company.parse(" Faïencerie ; info@faience.example ; ; small ; Lunéville ");
        assertEquals(new Invitation.Company("Faïencerie", "info@faience.example", "", SizeBand.SMALL, "Lunéville", ""), line);
        Invitation.Company least = Invitation.Company.parse("Boulangerie;pain@example.org");
        assertEquals(null, least.size());
        assertEquals(SizeBand.MICRO, Invitation.Company.parse("A;a@example.org;;9").size());
        assertEquals(SizeBand.SMALL, Invitation.Company.parse("A;a@example.org;;10").size());
        assertEquals(SizeBand.LARGE, Invitation.Company.parse("A;a@example.org;;250").size());
    }

    @Test
    void aLineOutOfShapeIsRefusedWithTheReason() {
        assertEquals("survey.inviteAll.columns", assertThrows(Refusal.class, () -> Invitation.Company.parse("Seulement un nom")).getMessageKey());
        assertEquals("survey.inviteAll.columns", assertThrows(Refusal.class, () -> Invitation.Company.parse("a;b;c;d;e;f;g")).getMessageKey());
        assertEquals("survey.size.unknown", assertThrows(Refusal.class, () -> Invitation.Company.parse("A;a@example.org;;géante")).getMessageKey());
    }
}
