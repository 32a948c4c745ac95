package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.BookingSummary;
import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.coworking.boundary.CalendarFeeds;
import eu.lorntech.totem.platform.config.BaseUrl;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.PagedModel;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** My bookings: upcoming and today's, to cancel or check in; my credits left this month. */
@Named
@ViewScoped
public class MyBookingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Bookings bookings;

    @Inject
    SiteContext site;

    @Inject
    CalendarFeeds feeds;


    private PagedModel<BookingSummary> rows;
    private Long creditsLeft;
    private String feedUrl;

    @PostConstruct
    void init() {
        Bookings boundary = bookings;
        rows = new PagedModel<>(p -> boundary.mine(Instant.now().minus(Duration.ofHours(12)), p), BookingSummary::id);
        creditsLeft = bookings.creditsLeft(site.currentSiteId()).orElse(null);
        feedUrl = feedUrl(feeds.myToken());
    }

    /** A new secret address for my calendar feed; calendars using the old one stop updating. */
    public void renewFeed() {
        feedUrl = feedUrl(feeds.renewMyToken());
        FacesMessages.info("calendar.feedRenewed");
    }

    private String feedUrl(String token) {
        return BaseUrl.get() + "/api/ical/members/" + token + ".ics";
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    public void cancel(BookingSummary b) {
        BookingSummary after = bookings.cancel(b.id(), null);
        FacesMessages.info(after.creditMinutes() == 0 ? "booking.cancelled.refunded" : "booking.cancelled.late");
        creditsLeft = bookings.creditsLeft(site.currentSiteId()).orElse(null);
    }

    public void checkIn(BookingSummary b) {
        bookings.checkIn(b.id());
        FacesMessages.info("booking.checkedIn");
    }

    public boolean canCancel(BookingSummary b) {
        return b.isLive() && Instant.now().isBefore(b.start());
    }

    public boolean canCheckIn(BookingSummary b) {
        Instant now = Instant.now();
        return b.isLive() && !b.checkedIn() && !now.isBefore(b.start().minus(Duration.ofMinutes(15))) && now.isBefore(b.end());
    }

    public PagedModel<BookingSummary> getRows() {
        return rows;
    }

    public Long getCreditHoursLeft() {
        return creditsLeft == null ? null : creditsLeft / 60;
    }
}
