package eu.lorntech.totem.coworking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SiteCalendarCacheTest {

    final AtomicLong now = new AtomicLong();
    final SiteCalendarCache cache = new SiteCalendarCache(now::get, Duration.ofSeconds(10));
    final SiteCalendarCache.Snapshot thionville = new SiteCalendarCache.Snapshot(ZoneId.of("Europe/Paris"), Map.of(),
            LocalDate.of(2025, 1, 1), Set.of(LocalDate.of(2026, 12, 25)), 60, 120);

    @Test
    void aSiteCalendarIsKeptForItsTimeToLiveOnly() {
        cache.remember(1L, thionville);
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertEquals(Optional.of(thionville), cache.find(1L));
        assertTrue(cache.find(2L).isEmpty());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(cache.find(1L).isEmpty(), "another node's change is seen within the time to live");
    }

    @Test
    void aManagersChangeForgetsThatSiteAtOnceAndAfterTheCommit() {
        cache.remember(1L, thionville);
        cache.remember(2L, thionville);
        cache.changed(new SiteCalendarChanged(1L));
        assertTrue(cache.find(1L).isEmpty());
        assertEquals(Optional.of(thionville), cache.find(2L));
        cache.remember(1L, thionville);
        cache.committed(new SiteCalendarChanged(1L));
        assertTrue(cache.find(1L).isEmpty(), "what was read during the change's transaction is not kept");
    }
}
