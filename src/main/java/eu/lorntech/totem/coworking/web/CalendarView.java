package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.BookingSummary;
import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.coworking.boundary.Resources;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The day calendar of a site's resources: who has what, hour by hour, and the booking form. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    Resources resources;

    @Inject
    Bookings bookings;

    @Inject
    People people;

    @Inject
    SiteContext site;

    private LocalDate day;
    private Resources.DayPlan plan;
    private String kind;
    private List<ResourceSummary> shown = List.of();
    private List<LocalTime> hours = List.of();
    private Map<String, String> cells = new HashMap<>();
    private Long creditsLeft;
    private boolean weekView;
    private Resources.WeekPlan week;
    private Long me;

    private Long resourceId;
    private String startTime = "09:00";
    private String endTime = "10:00";
    private String repeat = "none";
    private LocalDate until;
    private String pickedStart;

    @PostConstruct
    void init() {
        day = LocalDate.now(ZONE);
        me = people.requireCurrent().id();
    }

    /** Called by the page once the date parameter is set. */
    public void load() {
        if (day == null) {
            day = LocalDate.now(ZONE);
        }
        plan = resources.day(site.currentSiteId(), day);
        // "book a room" from the dashboard: only the resources of that kind; anything else shows them all
        shown = plan.resources().stream().filter(r -> !isFiltered() || r.kind().equals(kind)).toList();
        if (shown.isEmpty()) {
            kind = null;
            shown = plan.resources();
        }
        week = weekView ? resources.week(site.currentSiteId(), day) : null;
        hours = new ArrayList<>();
        cells = new HashMap<>();
        if (plan.opens() != null) {
            for (LocalTime t = plan.opens(); t.isBefore(plan.closes()); t = t.plusHours(1)) {
                hours.add(t);
            }
        }
        Instant now = Instant.now();
        for (ResourceSummary r : plan.resources()) {
            for (LocalTime h : hours) {
                Instant from = day.atTime(h).atZone(ZONE).toInstant();
                Instant to = from.plusSeconds(3600);
                // an hour already begun cannot be booked from its start any more ("You cannot book in the past")
                String state = from.isBefore(now) ? "past" : "free";
                for (BookingSummary b : plan.bookings().getOrDefault(r.id(), List.of())) {
                    if (b.start().isBefore(to) && b.end().isAfter(from)) {
                        state = me.equals(b.userId()) ? "mine" : "taken";
                        break;
                    }
                }
                cells.put(r.id() + "@" + h, state);
            }
        }
        creditsLeft = bookings.creditsLeft(site.currentSiteId()).orElse(null);
        if (until == null) {
            until = day.plusWeeks(4);
        }
        if (pickedStart != null && pickedStart.matches("\\d{2}:\\d{2}")) {
            startTime = pickedStart;
            endTime = LocalTime.parse(pickedStart).plusHours(1).toString();
            pickedStart = null;
        }
    }

    public void book() {
        Instant start = day.atTime(LocalTime.parse(startTime)).atZone(ZONE).toInstant();
        Instant end = day.atTime(LocalTime.parse(endTime)).atZone(ZONE).toInstant();
        if ("none".equals(repeat)) {
            bookings.book(resourceId, start, end);
            FacesMessages.info("booking.done");
        } else {
            int n = bookings.bookRecurring(resourceId, start, end, "weekly".equals(repeat), until).size();
            FacesMessages.info("booking.recurring.done", n);
        }
        load();
    }

    public void previousDay() {
        day = day.minusDays(weekView ? 7 : 1);
        load();
    }

    public void nextDay() {
        day = day.plusDays(weekView ? 7 : 1);
        load();
    }

    public boolean isWeekView() {
        return weekView;
    }

    public void setWeekView(boolean weekView) {
        this.weekView = weekView;
    }

    public Resources.WeekPlan getWeek() {
        return week;
    }

    /** Booked hours of a resource on a day, for the week view (2.5), null when none; the page writes it in the reader's way. */
    public Double bookedHours(Long resource, LocalDate d) {
        long minutes = week == null ? 0 : week.minutes(resource, d);
        return minutes == 0 ? null : minutes / 60.0;
    }

    public String cell(Long resource, LocalTime hour) {
        return cells.getOrDefault(resource + "@" + hour, "free");
    }

    /** Quarter hours of the opening hours, for the start and end lists. */
    public List<String> getTimes() {
        List<String> times = new ArrayList<>();
        if (plan != null && plan.opens() != null) {
            for (LocalTime t = plan.opens(); !t.isAfter(plan.closes()); t = t.plusMinutes(15)) {
                times.add(t.toString());
            }
        }
        return times;
    }

    /** The resources in the grid and the booking form: all of the site's, or those of the kind asked for. */
    public List<ResourceSummary> getResources() {
        return shown;
    }

    public boolean isFiltered() {
        return kind != null && !kind.isBlank();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Resources.DayPlan getPlan() {
        return plan;
    }

    public List<LocalTime> getHours() {
        return hours;
    }

    public Long getCreditHoursLeft() {
        return creditsLeft == null ? null : creditsLeft / 60;
    }

    public boolean isUnlimitedOrNoPlan() {
        return creditsLeft == null;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public void setResourceId(Long resourceId) {
        this.resourceId = resourceId;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public String getPickedStart() {
        return pickedStart;
    }

    public void setPickedStart(String pickedStart) {
        this.pickedStart = pickedStart;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
