package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.BookingSummary;
import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.coworking.boundary.Resources;
import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The space manager's day at the desk: who is in (checking them in), today's bookings (cancelling one), booking for a member. */
@Named
@ViewScoped
public class TodayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpaceDesk desk;

    @Inject
    SpaceManagement management;

    @Inject
    Resources resources;

    @Inject
    Bookings bookings;

    private List<SpaceManagement.Presence> present = List.of();
    private List<BookingSummary> today = List.of();
    private List<ResourceSummary> siteResources = List.of();
    private String cancelReason;

    private String memberEmail;
    private Long resourceId;
    private LocalDate day;
    private String start = "09:00";
    private String end = "10:00";
    private boolean overrideCredits;

    @PostConstruct
    void init() {
        day = LocalDate.now(CalendarView.ZONE);
        if (desk.isManager()) {
            siteResources = resources.of(desk.siteId(), null, null, null);
            load();
        }
    }

    private void load() {
        present = management.whoIsIn(desk.siteId());
        List<BookingSummary> all = new ArrayList<>();
        resources.day(desk.siteId(), LocalDate.now(CalendarView.ZONE)).bookings().values().forEach(all::addAll);
        all.sort(Comparator.comparing(BookingSummary::start));
        today = all;
    }

    public void checkIn(SpaceManagement.Presence p) {
        bookings.checkIn(p.bookingId());
        FacesMessages.info("booking.checkedIn");
        load();
    }

    public void cancel(BookingSummary b) {
        bookings.cancel(b.id(), cancelReason);
        cancelReason = null;
        FacesMessages.info("booking.cancelledByManager");
        load();
    }

    public void bookOnBehalf() {
        bookings.bookFor(memberEmail, resourceId,
                day.atTime(LocalTime.parse(start)).atZone(CalendarView.ZONE).toInstant(),
                day.atTime(LocalTime.parse(end)).atZone(CalendarView.ZONE).toInstant(), overrideCredits);
        FacesMessages.info("booking.done");
        load();
    }

    public List<String> getTimes() {
        return OpeningHoursView.QUARTER_HOURS;
    }

    public List<SpaceManagement.Presence> getPresent() {
        return present;
    }

    public List<BookingSummary> getToday() {
        return today;
    }

    public List<ResourceSummary> getResources() {
        return siteResources;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public void setResourceId(Long resourceId) {
        this.resourceId = resourceId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public boolean isOverrideCredits() {
        return overrideCredits;
    }

    public void setOverrideCredits(boolean overrideCredits) {
        this.overrideCredits = overrideCredits;
    }
}
