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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Loads a site's {@link SiteCalendar}: settings, opening hours and the closures around a date. */
@Dependent
public class SiteCalendars {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    public CoworkingSite settings(Long siteId) {
        CoworkingSite s = em.find(CoworkingSite.class, siteId);
        return s != null ? s : new CoworkingSite(siteId);
    }

    public ZoneId zone(Long siteId) {
        return sites.byId(siteId).map(s -> ZoneId.of(s.timeZone())).orElse(ZoneId.of("Europe/Paris"));
    }

    /** The calendar with the closures from {@code from} to {@code to} (inclusive). */
    public SiteCalendar of(Long siteId, LocalDate from, LocalDate to) {
        CoworkingSite settings = settings(siteId);
        Map<DayOfWeek, LocalTime[]> hours = new EnumMap<>(DayOfWeek.class);
        em.createNamedQuery(OpeningHours.OF_SITE, OpeningHours.class).setParameter("siteId", siteId).getResultList()
                .forEach(h -> hours.put(h.day(), new LocalTime[] {h.getOpens(), h.getCloses()}));
        Set<LocalDate> closures = new HashSet<>();
        em.createNamedQuery(Closure.OF_SITE_BETWEEN, Closure.class).setParameter("siteId", siteId)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(c -> closures.add(c.getDay()));
        return new SiteCalendar(zone(siteId), hours, closures, settings.getHorizonDays(), settings.getCancelCutoffMinutes());
    }
}
