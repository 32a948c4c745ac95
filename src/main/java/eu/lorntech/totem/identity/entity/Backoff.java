package eu.lorntech.totem.identity.entity;

import java.time.Duration;

/**
 * How a sign-in throttle answers failures: {@code freeFailures} are let through, then each further
 * failure locks for {@code firstLock}, doubled every time, never more than {@code maxLock}; after
 * {@code forgetAfter} without a failure (counted from the end of the last lock) it starts over.
 * So a stranger with ten wrong passwords locks an account for a minute, not a quarter of an hour,
 * while a patient guesser gets a few tries an hour (OWASP ASVS 2.2.1 allows 100).
 */
public record Backoff(int freeFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {

    public Backoff {
        if (freeFailures < 1 || firstLock.isNegative() || maxLock.compareTo(firstLock) < 0 || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("a sign-in throttle needs at least one try and a lock no shorter than the first: " + this);
        }
    }

    /** How long the {@code failures}-th failure locks (zero before the free ones are used up). */
    public Duration lockAfter(int failures) {
        int doublings = failures - freeFailures;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        if (doublings >= 31) {
            return maxLock;
        }
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
