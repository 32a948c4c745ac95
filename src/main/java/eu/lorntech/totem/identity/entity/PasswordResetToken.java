package eu.lorntech.totem.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A single-use, expiring permission to choose a new password; only the token's digest is kept. */
@Entity
@Table(name = "password_reset_token")
@NamedQuery(name = PasswordResetToken.BY_HASH, query = "select t from PasswordResetToken t join fetch t.user where t.tokenHash = :hash")
public class PasswordResetToken {
    public static final String BY_HASH = "PasswordResetToken.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordResetToken() {
    }

    public PasswordResetToken(User user, String tokenHash, Instant now, Duration validity) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && user.isActive();
    }

    /** Spends the token; it cannot be used again. */
    public User redeem(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("reset token expired or used");
        }
        usedAt = now;
        return user;
    }

    public User getUser() {
        return user;
    }
}
