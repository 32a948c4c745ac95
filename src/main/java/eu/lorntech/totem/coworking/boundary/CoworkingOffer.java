package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.entity.OpeningHours;
import eu.lorntech.totem.coworking.entity.Plan;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.platform.offer.PublicOffer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** What a site's coworking offers anyone, signed in or not: its spaces, opening hours and plans with their price. */
@Stateless
public class CoworkingOffer {

    public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) implements Serializable {
    }

    public record PlanOffer(String name, int monthlyHours, boolean unlimited, BigDecimal monthlyPrice, String includes)
            implements Serializable {
    }

    public record Offer(List<ResourceSummary> spaces, List<Hours> hours, List<PlanOffer> plans) implements Serializable {
        public boolean isEmpty() {
            return spaces.isEmpty() && plans.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public Offer of(Long siteId) {
        if (siteId == null) {
            return new Offer(List.of(), List.of(), List.of());
        }
        List<ResourceSummary> spaces = em.createNamedQuery(Resource.OF_SITE, Resource.class).setParameter("siteId", siteId)
                .getResultStream().map(r -> ResourceSummary.of(r, null)).toList();
        List<Hours> hours = em.createNamedQuery(OpeningHours.OF_SITE, OpeningHours.class).setParameter("siteId", siteId)
                .getResultStream().map(h -> new Hours(h.day(), h.getOpens(), h.getCloses())).toList();
        List<PlanOffer> plans = em.createNamedQuery(Plan.OF_SITE, Plan.class).setParameter("siteId", siteId).getResultStream()
                .map(p -> new PlanOffer(p.getName(), p.getMonthlyHours(), p.isUnlimited(), p.getMonthlyPrice(), p.getIncludes()))
                .toList();
        return new Offer(spaces, hours, plans);
    }

    /** The landing page's coworking teaser: how many spaces one can book at the site. */
    @PermitAll
    public PublicOffer.Teaser teaser(Long siteId) {
        long spaces = siteId == null ? 0 : em.createQuery("select count(r) from Resource r where r.siteId = :s and r.active = true", Long.class)
                .setParameter("s", siteId).getSingleResult();
        return new PublicOffer.Teaser(20, "offer.coworking.title", "offer.coworking.text", spaces, "/public/coworking.xhtml");
    }
}
