package eu.lorntech.totem.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    static final Backoff RULE = new Backoff(10, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void theLimitLocksForAMinuteNotAQuarterHour() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        for (int i = 0; i < 9; i++) {
            t.recordFailure(T0.plusSeconds(i), RULE);
        }
        assertFalse(t.isLocked(T0.plusSeconds(10)), "9 failures of 10 allowed");
        t.recordFailure(T0.plusSeconds(10), RULE);
        assertTrue(t.isLocked(T0.plusSeconds(11)));
        assertTrue(t.isLocked(T0.plusSeconds(69)));
        assertFalse(t.isLocked(T0.plusSeconds(70)), "a stranger's ten wrong passwords cost the owner one minute");
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheCap() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        Instant now = T0;
        for (int i = 0; i < 10; i++) {
            t.recordFailure(now, RULE);
        }
        for (long expected : new long[] {2, 4, 8, 15, 15}) {
            now = t.getLockedUntil();
            t.recordFailure(now, RULE);
            assertEquals(Duration.ofMinutes(expected), Duration.between(now, t.getLockedUntil()));
        }
    }

    @Test
    void aQuietQuarterHourAfterTheLockForgetsTheFailures() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        for (int i = 0; i < 10; i++) {
            t.recordFailure(T0, RULE);
        }
        t.recordFailure(T0.plus(Duration.ofMinutes(1)).plus(Duration.ofMinutes(14)), RULE);
        assertEquals(11, t.getFailures(), "the window counts from the end of the lock");
        t.recordFailure(t.getLockedUntil().plus(Duration.ofMinutes(15)), RULE);
        assertEquals(1, t.getFailures());
        assertFalse(t.isLocked(t.getLockedUntil() == null ? T0.plus(Duration.ofHours(1)) : t.getLockedUntil()));
    }

    @Test
    void neverMoreThanASmallNumberPerHourWhateverTheTiming() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        int allowed = 0;
        for (int s = 0; s < 3600; s += 5) {
            Instant now = T0.plusSeconds(s);
            if (!t.isLocked(now)) {
                allowed++;
                t.recordFailure(now, RULE);
            }
        }
        assertTrue(allowed <= 20, "far below ASVS's 100 an hour: " + allowed);
    }

    @Test
    void successResetsTheCount() {
        LoginThrottle t = new LoginThrottle("a@b.c", T0);
        t.recordFailure(T0, RULE);
        t.reset(T0.plusSeconds(1));
        assertEquals(0, t.getFailures());
    }
}
