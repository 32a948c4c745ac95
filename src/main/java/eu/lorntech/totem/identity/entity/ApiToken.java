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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A personal token for scripts calling {@code /api/*}. The secret is shown once; Totem keeps its
 * SHA-256 digest (the secret is long and random, so no slow password hash is needed per request).
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
@NamedQuery(name = ApiToken.OF_USER, query = "select t from ApiToken t where t.user.id = :userId order by t.createdAt desc")
@NamedQuery(name = ApiToken.REVOKE_ALL_OF_USER,
        query = "update ApiToken t set t.revokedAt = :now where t.user.id = :userId and t.revokedAt is null")
public class ApiToken {
    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_USER = "ApiToken.ofUser";
    public static final String REVOKE_ALL_OF_USER = "ApiToken.revokeAllOfUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @NotBlank
    @Size(max = 80)
    private String name;

    @Column(name = "token_prefix")
    private String prefix;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(User user, String name, String prefix, String tokenHash, Instant now) {
        this.user = user;
        this.name = name == null ? null : name.strip();
        this.prefix = prefix;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public boolean isValid() {
        return revokedAt == null && user.isActive();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void markUsed(Instant now) {
        lastUsedAt = now;
    }

    public boolean belongsTo(Long userId) {
        return user.getId().equals(userId);
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
