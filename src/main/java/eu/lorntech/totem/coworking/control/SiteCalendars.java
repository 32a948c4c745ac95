package eu.lorntech.totem.coworking.control;

import eu.lorntech.totem.coworking.entity.Closure;
import eu.lorntech.totem.coworking.entity.CoworkingSite;
import eu.lorntech.totem.coworking.entity.OpeningHours;
import eu.lorntech.totem.coworking.entity.SiteCalendar;
import eu.lorntech.totem.identity.boundary.Sites;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a site's {@link SiteCalendar}: settings, opening hours and the closures around a date,
 * through {@link SiteCalendarCache}.
 */
@Dependent
public class SiteCalendars {

    /** Closures this far back are kept with the cached calendar; older periods are read from the database. */
    static final int CLOSURES_KEPT_DAYS = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    SiteCalendarCache cache;

    /** The site's settings as an entity of the caller's transaction (never cached). */
    public CoworkingSite settings(Long siteId) {
        CoworkingSite s = em.find(CoworkingSite.class, siteId);
        return s != null ? s : new CoworkingSite(siteId);
    }

    public ZoneId zone(Long siteId) {
        return snapshot(siteId).zone();
    }

    /** The calendar with the closures from {@code from} to {@code to} (inclusive). */
    public SiteCalendar of(Long siteId, LocalDate from, LocalDate to) {
        SiteCalendarCache.Snapshot s = snapshot(siteId);
        Set<LocalDate> closures;
        if (from.isBefore(s.closuresFrom())) {
            closures = new HashSet<>(em.createNamedQuery(Closure.OF_SITE_BETWEEN, Closure.class).setParameter("siteId", siteId)
                    .setParameter("from", from).setParameter("to", to).getResultStream().map(Closure::getDay).toList());
        } else {
            closures = s.closures().stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).collect(Collectors.toSet());
        }
        return new SiteCalendar(s.zone(), s.hours(), closures, s.horizonDays(), s.cancelCutoffMinutes());
    }

    private SiteCalendarCache.Snapshot snapshot(Long siteId) {
        return cache.find(siteId).orElseGet(() -> {
            SiteCalendarCache.Snapshot loaded = load(siteId);
            cache.remember(siteId, loaded);
            return loaded;
        });
    }

    private SiteCalendarCache.Snapshot load(Long siteId) {
        ZoneId zone = sites.byId(siteId).map(s -> ZoneId.of(s.timeZone())).orElse(ZoneId.of("Europe/Paris"));
        CoworkingSite settings = settings(siteId);
        Map<DayOfWeek, LocalTime[]> hours = new EnumMap<>(DayOfWeek.class);
        em.createNamedQuery(OpeningHours.OF_SITE, OpeningHours.class).setParameter("siteId", siteId).getResultList()
                .forEach(h -> hours.put(h.day(), new LocalTime[] {h.getOpens(), h.getCloses()}));
        LocalDate closuresFrom = LocalDate.now(zone).minusDays(CLOSURES_KEPT_DAYS);
        Set<LocalDate> closures = Set.copyOf(em.createNamedQuery(Closure.DAYS_OF_SITE_FROM, LocalDate.class)
                .setParameter("siteId", siteId).setParameter("from", closuresFrom).getResultList());
        return new SiteCalendarCache.Snapshot(zone, Collections.unmodifiableMap(hours), closuresFrom, closures,
                settings.getHorizonDays(), settings.getCancelCutoffMinutes());
    }
}
