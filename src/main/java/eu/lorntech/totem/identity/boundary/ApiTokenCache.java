package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The callers of recently checked API tokens, by token digest, for a few seconds: a script calling
 * the API in a loop costs no database read per request for its token (docs/benchmarks.md).
 * A revoked token, a deactivated person or changed roles are forgotten at once on the node where
 * the change is made ({@link CallerChanged}), and within the time to live on the other nodes.
 */
@ApplicationScoped
public class ApiTokenCache {

    /** How long a checked token is trusted without reading it again (setting totem.api.token-cache, ISO-8601; PT0S: off). */
    static final Duration TIME_TO_LIVE = Settings.duration("totem.api.token-cache", Duration.ofSeconds(10));
    /** Beyond this many tokens the cache starts over: scripts are few, forged tokens are not cached. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long expiresAt) {
    }

    private final Map<String, Entry> byDigest = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final long ttlNanos;

    public ApiTokenCache() {
        this(System::nanoTime, TIME_TO_LIVE);
    }

    ApiTokenCache(LongSupplier nanoClock, Duration timeToLive) {
        this.clock = nanoClock;
        this.ttlNanos = timeToLive.toNanos();
    }

    public Optional<Caller> find(String digest) {
        Entry e = byDigest.get(digest);
        if (e == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() - e.expiresAt() >= 0) {
            byDigest.remove(digest, e);
            return Optional.empty();
        }
        return Optional.of(e.caller());
    }

    public void remember(String digest, Caller caller) {
        if (ttlNanos <= 0) {
            return;
        }
        if (byDigest.size() >= MAX_ENTRIES) {
            byDigest.clear();
        }
        byDigest.put(digest, new Entry(caller, clock.getAsLong() + ttlNanos));
    }

    public void forgetUser(Long userId) {
        byDigest.values().removeIf(e -> e.caller().id().equals(userId));
    }

    /** Forgets at once, and again once the change is committed, so no read in between is kept. */
    void changed(@Observes CallerChanged event) {
        forgetUser(event.userId());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) CallerChanged event) {
        forgetUser(event.userId());
    }
}
