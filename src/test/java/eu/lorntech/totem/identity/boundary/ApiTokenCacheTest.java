package eu.lorntech.totem.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiTokenCacheTest {

    final AtomicLong now = new AtomicLong();
    final ApiTokenCache cache = new ApiTokenCache(now::get, Duration.ofSeconds(10));
    final Caller ana = new Caller(1L, "ana@example.org", "Ana", "fr", Set.of("MEMBER"), null);
    final Caller ben = new Caller(2L, "ben@example.org", "Ben", "en", Set.of("MEMBER"), null);

    @Test
    void aCheckedTokenIsTrustedOnlyForItsTimeToLive() {
        cache.remember("digest-a", ana);
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertEquals(Optional.of(ana), cache.find("digest-a"));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(cache.find("digest-a").isEmpty(), "expired: the database is asked again");
        assertTrue(cache.find("never-seen").isEmpty());
    }

    @Test
    void aChangeOfThePersonForgetsAllTheirTokensAndOnlyTheirs() {
        cache.remember("digest-a1", ana);
        cache.remember("digest-a2", ana);
        cache.remember("digest-b", ben);
        cache.changed(new CallerChanged(1L));
        assertTrue(cache.find("digest-a1").isEmpty());
        assertTrue(cache.find("digest-a2").isEmpty());
        assertEquals(Optional.of(ben), cache.find("digest-b"));
        cache.remember("digest-a1", ana);
        cache.committed(new CallerChanged(1L));
        assertTrue(cache.find("digest-a1").isEmpty(), "forgotten again once the revocation is committed");
    }

    @Test
    void aZeroTimeToLiveCachesNothing() {
        ApiTokenCache off = new ApiTokenCache(now::get, Duration.ZERO);
        off.remember("digest-a", ana);
        assertTrue(off.find("digest-a").isEmpty());
    }
}
