package eu.lorntech.totem.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed sign-ins from one client address (an IPv6 client by its /64), whichever accounts they
 * tried: password spraying, one likely password on many accounts, never trips a per-account lock.
 * A success does not clear it, or one account of the sprayer's own would wipe the count.
 */
@Entity
@Table(name = "ip_throttle")
public class IpThrottle {

    @Id
    @Column(name = "address")
    private String address;

    @Embedded
    private FailureStreak streak;

    protected IpThrottle() {
    }

    public IpThrottle(String address, Instant now) {
        this.address = address;
        this.streak = new FailureStreak(now);
    }

    public boolean isLocked(Instant now) {
        return streak.isLocked(now);
    }

    public void recordFailure(Instant now, Backoff rule) {
        streak.recordFailure(now, rule);
    }

    public int getFailures() {
        return streak.getFailures();
    }

    public Instant getLockedUntil() {
        return streak.getLockedUntil();
    }
}
