package eu.lorntech.totem.coworking.control;

import eu.lorntech.totem.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Each site's calendar (time zone, opening hours, closures, settings) for a few seconds, so that a
 * booking does not read four tables that change a few times a year (docs/benchmarks.md). A change
 * made through SpaceManagement is forgotten at once on the node that made it
 * ({@link SiteCalendarChanged}); other nodes see it within the time to live (setting
 * totem.coworking.calendar-cache, ISO-8601, 10 seconds by default; PT0S turns the cache off).
 */
@ApplicationScoped
public class SiteCalendarCache {

    static final Duration TIME_TO_LIVE = Settings.duration("totem.coworking.calendar-cache", Duration.ofSeconds(10));

    /** What a site's calendar is made of; closures from {@code closuresFrom} on. */
    public record Snapshot(ZoneId zone, Map<DayOfWeek, LocalTime[]> hours, LocalDate closuresFrom, Set<LocalDate> closures,
            int horizonDays, int cancelCutoffMinutes) {
    }

    private record Entry(Snapshot snapshot, long expiresAt) {
    }

    private final Map<Long, Entry> bySite = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final long ttlNanos;

    public SiteCalendarCache() {
        this(System::nanoTime, TIME_TO_LIVE);
    }

    SiteCalendarCache(LongSupplier nanoClock, Duration timeToLive) {
        this.clock = nanoClock;
        this.ttlNanos = timeToLive.toNanos();
    }

    public Optional<Snapshot> find(Long siteId) {
        Entry e = bySite.get(siteId);
        if (e == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() - e.expiresAt() >= 0) {
            bySite.remove(siteId, e);
            return Optional.empty();
        }
        return Optional.of(e.snapshot());
    }

    public void remember(Long siteId, Snapshot snapshot) {
        if (ttlNanos > 0) {
            bySite.put(siteId, new Entry(snapshot, clock.getAsLong() + ttlNanos));
        }
    }

    public void forget(Long siteId) {
        bySite.remove(siteId);
    }

    /** Forgets at once, and again once the change is committed, so no read in between is kept. */
    void changed(@Observes SiteCalendarChanged event) {
        forget(event.siteId());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) SiteCalendarChanged event) {
        forget(event.siteId());
    }
}
