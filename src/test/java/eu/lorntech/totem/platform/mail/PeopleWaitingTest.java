package eu.lorntech.totem.platform.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PeopleWaitingTest {

    static final long SECOND = 1_000_000_000L;

    final AtomicLong now = new AtomicLong(1_000 * SECOND);

    final PeopleWaiting waiting = new PeopleWaiting(20 * SECOND, now::get);

    @Test
    void mailGoesWhenNobodyWaitsAndGivesWayWhileSomeoneDoes() {
        assertFalse(waiting.mailGivesWay());
        waiting.begin();
        waiting.begin();
        assertTrue(waiting.mailGivesWay());
        waiting.end();
        assertTrue(waiting.mailGivesWay(), "one request is still in flight");
        waiting.end();
        assertFalse(waiting.mailGivesWay());
    }

    @Test
    void aBusySpellHoldsTheMailTwentySecondsAtMost() {
        waiting.begin();
        now.addAndGet(19 * SECOND);
        waiting.begin();
        waiting.end();
        assertTrue(waiting.mailGivesWay(), "19 s into the spell");
        now.addAndGet(SECOND);
        assertFalse(waiting.mailGivesWay(), "20 s into an endless spell, the mail goes anyway");
        waiting.end();
        waiting.begin();
        assertTrue(waiting.mailGivesWay(), "a new spell gives way again");
    }
}
