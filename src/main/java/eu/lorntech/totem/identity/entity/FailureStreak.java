package eu.lorntech.totem.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The failed sign-ins of one account or one client address since they were last forgotten, and the lock they earned. */
@Embeddable
public class FailureStreak {

    private int failures;

    @Column(name = "window_start")
    private Instant startedAt;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected FailureStreak() {
    }

    FailureStreak(Instant now) {
        this.startedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailure(Instant now, Backoff rule) {
        if (isForgotten(now, rule)) {
            failures = 0;
            startedAt = now;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= rule.freeFailures()) {
            lockedUntil = now.plus(rule.lockAfter(failures));
        }
    }

    private boolean isForgotten(Instant now, Backoff rule) {
        Instant quietSince = lastFailureAt == null ? startedAt : lastFailureAt;
        if (lockedUntil != null && lockedUntil.isAfter(quietSince)) {
            quietSince = lockedUntil;
        }
        return !now.isBefore(quietSince.plus(rule.forgetAfter()));
    }

    public void reset(Instant now) {
        failures = 0;
        startedAt = now;
        lastFailureAt = null;
        lockedUntil = null;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
