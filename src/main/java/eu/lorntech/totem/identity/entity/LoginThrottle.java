package eu.lorntech.totem.identity.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed sign-ins for one e-mail address, known or not (so a lock says nothing about whether an
 * account exists), locked progressively by a {@link Backoff}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "email_key")
    private String emailKey;

    @Embedded
    private FailureStreak streak;

    protected LoginThrottle() {
    }

    public LoginThrottle(String emailKey, Instant now) {
        this.emailKey = emailKey;
        this.streak = new FailureStreak(now);
    }

    public boolean isLocked(Instant now) {
        return streak.isLocked(now);
    }

    public void recordFailure(Instant now, Backoff rule) {
        streak.recordFailure(now, rule);
    }

    public void reset(Instant now) {
        streak.reset(now);
    }

    public int getFailures() {
        return streak.getFailures();
    }

    public Instant getLockedUntil() {
        return streak.getLockedUntil();
    }
}
