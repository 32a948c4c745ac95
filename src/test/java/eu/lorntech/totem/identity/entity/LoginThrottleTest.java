package eu.lorntech.totem.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void locksAtTheLimitUntilTheWindowEnds() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        for (int i = 0; i < 9; i++) {
            t.recordFailure(T0.plusSeconds(i), 10, WINDOW);
        }
        assertFalse(t.isLocked(T0.plusSeconds(10)), "9 failures of 10 allowed");
        t.recordFailure(T0.plusSeconds(10), 10, WINDOW);
        assertTrue(t.isLocked(T0.plusSeconds(11)));
        assertTrue(t.isLocked(T0.plus(WINDOW).minusSeconds(1)));
        assertFalse(t.isLocked(T0.plus(WINDOW)), "unlocked when the window ends");
    }

    @Test
    void failuresInAnEarlierWindowDoNotCount() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        for (int i = 0; i < 9; i++) {
            t.recordFailure(T0, 10, WINDOW);
        }
        t.recordFailure(T0.plus(WINDOW).plusSeconds(1), 10, WINDOW);
        assertEquals(1, t.getFailures());
        assertFalse(t.isLocked(T0.plus(WINDOW).plusSeconds(2)));
    }

    @Test
    void neverMoreThanTheLimitPerHourWhateverTheTiming() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        int allowed = 0;
        for (int s = 0; s < 3600; s += 5) {
            Instant now = T0.plusSeconds(s);
            if (!t.isLocked(now)) {
                allowed++;
                t.recordFailure(now, 10, WINDOW);
            }
        }
        assertTrue(allowed <= 40, "at most 10 per 15 minutes, far below ASVS's 100 an hour: " + allowed);
    }

    @Test
    void successResetsTheCount() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        t.recordFailure(T0, 10, WINDOW);
        t.reset(T0.plusSeconds(1));
        assertEquals(0, t.getFailures());
    }
}
