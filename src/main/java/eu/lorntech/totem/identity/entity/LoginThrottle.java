package eu.lorntech.totem.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one e-mail address, known or not (so a lock says nothing about whether an
 * account exists). After {@code maxFailures} within {@code window}, sign-in is refused until the
 * window ends: at most maxFailures per window, well under OWASP ASVS 2.2.1's 100 an hour.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "email_key")
    private String emailKey;

    private int failures;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String emailKey, Instant now) {
        this.emailKey = emailKey;
        this.windowStart = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailure(Instant now, int maxFailures, Duration window) {
        if (!now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = windowStart.plus(window);
        }
    }

    public void reset(Instant now) {
        failures = 0;
        windowStart = now;
        lockedUntil = null;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
