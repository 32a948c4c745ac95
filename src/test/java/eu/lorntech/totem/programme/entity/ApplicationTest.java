package eu.lorntech.totem.programme.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.lorntech.totem.platform.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    static final Instant OPENS = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-15T22:59:59Z");
    final CallForApplications call = new CallForApplications(new Programme(1L, ProgrammeKind.INCUBATION, "Incubation", null),
            "Appel 2027", OPENS, CLOSES, false);

    @Test
    void draftEditAndSubmitBeforeTheDeadlineOnly() {
        Application a = new Application(call, 7L, "Studio", "Un studio d’animation", OPENS);
        a.edit("Un studio d’animation 3D", CLOSES.minusSeconds(1));
        a.submit(CLOSES.minusSeconds(1));
        assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
        a.edit("still editable until the deadline", CLOSES.minusMillis(1));
        assertEquals("call.closed", assertThrows(Refusal.class, () -> a.edit("late", CLOSES)).getMessageKey());
    }

    @Test
    void noSubmissionAtOrAfterTheDeadlineNorBeforeTheOpening() {
        Application a = new Application(call, 7L, "Studio", "x", OPENS);
        assertEquals("call.closed", assertThrows(Refusal.class, () -> a.submit(CLOSES)).getMessageKey());
        assertEquals("call.notYetOpen", assertThrows(Refusal.class,
                () -> new Application(call, 7L, "Early", "x", OPENS.minus(Duration.ofSeconds(1)))).getMessageKey());
    }

    @Test
    void anEmptyApplicationCannotBeSubmittedNorTwice() {
        Application empty = new Application(call, 7L, "Studio", " ", OPENS);
        assertEquals("application.summaryRequired", assertThrows(Refusal.class, () -> empty.submit(OPENS)).getMessageKey());
        Application a = new Application(call, 7L, "Studio", "x", OPENS);
        a.submit(OPENS);
        assertEquals("application.alreadySubmitted", assertThrows(Refusal.class, () -> a.submit(OPENS)).getMessageKey());
    }

    @Test
    void scoresStayInRangeAndConflictsStopScoring() {
        assertEquals("score.outOfRange", assertThrows(Refusal.class, () -> new Score(1L, 1L, 11, null)).getMessageKey());
        assertThrows(Refusal.class, () -> new Score(1L, 1L, -1, null));
        Application a = new Application(call, 7L, "Studio", "x", OPENS);
        a.submit(OPENS);
        JuryAssignment j = new JuryAssignment(a, 9L);
        j.requireScorable();
        j.declareConflict();
        assertEquals("jury.conflictDeclared", assertThrows(Refusal.class, j::requireScorable).getMessageKey());
    }
}
