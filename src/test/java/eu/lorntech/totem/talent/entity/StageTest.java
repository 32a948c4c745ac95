package eu.lorntech.totem.talent.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.platform.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void thePathwayGoesForwardToFoundingOrOutAndNeverSkipsOrientation() {
        assertEquals(EnumSet.of(Stage.ORIENTED, Stage.LEFT), Stage.DETECTED.next());
        assertFalse(Stage.DETECTED.canMoveTo(Stage.HIRED), "a detected candidate is oriented first");
        assertFalse(Stage.DETECTED.canMoveTo(Stage.IN_TRAINING));
        assertTrue(Stage.ORIENTED.canMoveTo(Stage.FOUNDER));
        assertTrue(Stage.INTERNSHIP.canMoveTo(Stage.IN_TRAINING), "an internship may lead back to training");
        assertEquals(EnumSet.of(Stage.LEFT), Stage.HIRED.next());
        assertEquals(EnumSet.of(Stage.LEFT), Stage.FOUNDER.next());
        assertEquals(EnumSet.of(Stage.DETECTED), Stage.LEFT.next(), "someone who left may be detected again");
        for (Stage s : Stage.values()) {
            assertFalse(s.canMoveTo(s), s + " to itself is no move");
            assertFalse(s.canMoveTo(null));
        }
    }

    @Test
    void aMoveKeepsTheDaysSpentInTheStageLeftAndRefusesWhatThePathwayDoesNotAllow() {
        Instant detected = Instant.parse("2026-09-01T08:00:00Z");
        Candidate c = new Candidate(1L, "  Léa Muller ", "Lea.Muller@Example.org", null, null, null, detected);
        assertEquals("Léa Muller", c.getName());
        assertEquals("lea.muller@example.org", c.getEmail());
        assertEquals(Stage.DETECTED, c.getStage());

        Refusal skipped = assertThrows(Refusal.class, () -> c.moveTo(Stage.DETECTED, Stage.HIRED, 7L, null, detected.plus(Duration.ofDays(3))));
        assertEquals("talent.move.notAllowed", skipped.getMessageKey());
        assertEquals(Stage.DETECTED, c.getStage(), "nothing changed");

        Instant oriented = detected.plus(Duration.ofDays(12).plusHours(5));
        CandidateMove move = c.moveTo(Stage.DETECTED, Stage.ORIENTED, 7L, "  Intéressée par le design ", oriented);
        assertEquals(Stage.DETECTED, move.getFromStage());
        assertEquals(Stage.ORIENTED, move.getToStage());
        assertEquals(12, move.getDaysInFrom());
        assertEquals(7L, move.getMovedBy());
        assertEquals("Intéressée par le design", move.getNote());
        assertEquals(Stage.ORIENTED, c.getStage());
        assertEquals(oriented, c.getStageSince());
        assertEquals(0, c.daysIn(oriented.plus(Duration.ofHours(23))));

        Refusal stale = assertThrows(Refusal.class, () -> c.moveTo(Stage.DETECTED, Stage.LEFT, 8L, null, oriented.plus(Duration.ofDays(1))));
        assertEquals("talent.move.changed", stale.getMessageKey(), "the stage seen is not the stage now: someone moved first");
        assertThrows(Refusal.class, () -> c.moveTo(Stage.ORIENTED, Stage.IN_TRAINING, 7L, "x".repeat(501), oriented));
        assertEquals(Stage.ORIENTED, c.getStage());
    }

    @Test
    void aCandidateNeedsANameAndAPlausibleAddress() {
        Instant now = Instant.now();
        assertEquals("talent.candidate.name.required", assertThrows(Refusal.class, () -> new Candidate(1L, " ", null, null, null, null, now))
                .getMessageKey());
        assertEquals("talent.candidate.email.invalid", assertThrows(Refusal.class,
                () -> new Candidate(1L, "Hugo", "hugo.example.org", null, null, null, now)).getMessageKey());
        assertEquals(null, new Candidate(1L, "Hugo", " ", null, null, null, now).getEmail(), "no address is allowed");
    }
}
