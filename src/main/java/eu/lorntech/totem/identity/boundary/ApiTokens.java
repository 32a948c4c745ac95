package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.control.SecretTokens;
import eu.lorntech.totem.identity.entity.ApiToken;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: created and revoked by their owner, checked on every API call (through
 * {@link ApiTokenCache} first, see identity.web.TotemAuthenticationMechanism).
 */
@Stateless
public class ApiTokens {

    private static final String PREFIX = "tot_";
    /** last_used_at is refreshed at most this often, so an API call is a read, not a write. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    public record TokenView(Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt)
            implements java.io.Serializable {
        public boolean isRevoked() {
            return revokedAt != null;
        }
    }

    /** The secret is in here, and nowhere else, ever again. */
    public record NewToken(TokenView token, String secret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiTokenCache cache;

    @Inject
    Event<CallerChanged> changed;

    @PermitAll
    public NewToken create(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw Refusal.invalid("apiToken.nameRequired");
        }
        User owner = currentUser.require();
        String secret = SecretTokens.newSecret(PREFIX);
        ApiToken token = new ApiToken(owner, name, secret.substring(0, PREFIX.length() + 4),
                SecretTokens.digest(secret), Instant.now());
        em.persist(token);
        return new NewToken(view(token), secret);
    }

    @PermitAll
    public List<TokenView> mine() {
        return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class)
                .setParameter("userId", currentUser.require().getId())
                .getResultStream().map(ApiTokens::view).toList();
    }

    @PermitAll
    public void revoke(Long tokenId) {
        ApiToken token = tokenId == null ? null : em.find(ApiToken.class, tokenId);
        if (token == null || !token.belongsTo(currentUser.require().getId())) {
            throw Refusal.notFound("apiToken.notFound");
        }
        token.revoke(Instant.now());
        changed.fire(new CallerChanged(token.getUser().getId()));
    }

    /** The token's owner when the token is valid, read from the database (and remembered a few seconds). */
    @PermitAll
    public Optional<Caller> authenticate(String secret) {
        if (!isWellFormed(secret)) {
            return Optional.empty();
        }
        String digest = SecretTokens.digest(secret);
        Optional<ApiToken> token = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", digest)
                .getResultStream().findFirst().filter(ApiToken::isValid);
        token.ifPresent(t -> {
            Instant now = Instant.now();
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
                t.markUsed(now);
            }
        });
        Optional<Caller> caller = token.map(t -> Callers.toCaller(t.getUser()));
        caller.ifPresent(c -> cache.remember(digest, c));
        return caller;
    }

    /** Whether a secret has the shape of a Totem token, before any lookup. */
    public static boolean isWellFormed(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() <= 100;
    }

    private static TokenView view(ApiToken t) {
        return new TokenView(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt());
    }
}
