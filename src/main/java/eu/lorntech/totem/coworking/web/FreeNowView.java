package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.coworking.boundary.Resources;
import eu.lorntech.totem.coworking.entity.TimeSlot;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What can be booked right away at my site, and a one-click booking of the next hour. */
@Named
@ViewScoped
public class FreeNowView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Resources resources;

    @Inject
    Bookings bookings;

    @Inject
    SiteContext site;

    private List<ResourceSummary> free;

    @PostConstruct
    void load() {
        free = resources.freeNow(site.currentSiteId());
    }

    /** Books from the next quarter hour for one hour. */
    public void bookNextHour(ResourceSummary r) {
        Instant start = TimeSlot.quarterHourOf(Instant.now()).plus(TimeSlot.GRAIN);
        bookings.book(r.id(), start, start.plusSeconds(3600));
        FacesMessages.info("booking.done");
        load();
    }

    public List<ResourceSummary> getFree() {
        return free;
    }
}
