package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** When the site is open: the hours of each weekday, and the days it closes as an exception. */
@Named
@ViewScoped
public class OpeningHoursView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DayOfWeek[] DAYS = DayOfWeek.values();

    /** The times a manager can pick, every quarter of an hour from 07:00 to 22:00. */
    static final List<String> QUARTER_HOURS = quarterHours();

    @Inject
    SpaceDesk desk;

    @Inject
    SpaceManagement management;

    private DayOfWeek weekday = DayOfWeek.MONDAY;
    private String opens = "08:00";
    private String closes = "19:00";
    private boolean closedAllDay;
    private LocalDate closureDay;
    private String closureReason;

    private static List<String> quarterHours() {
        List<String> times = new ArrayList<>();
        for (LocalTime t = LocalTime.of(7, 0); !t.isAfter(LocalTime.of(22, 0)); t = t.plusMinutes(15)) {
            times.add(t.toString());
        }
        return List.copyOf(times);
    }

    public void saveHours() {
        management.setHours(desk.siteId(), weekday, closedAllDay ? null : LocalTime.parse(opens), closedAllDay ? null : LocalTime.parse(closes));
        FacesMessages.info("coworking.hours.saved");
    }

    public void addClosure() {
        management.addClosure(desk.siteId(), closureDay, closureReason);
        FacesMessages.info("closure.added");
        closureDay = null;
        closureReason = null;
    }

    public DayOfWeek[] getDays() {
        return DAYS;
    }

    public List<String> getTimes() {
        return QUARTER_HOURS;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    public boolean isClosedAllDay() {
        return closedAllDay;
    }

    public void setClosedAllDay(boolean closedAllDay) {
        this.closedAllDay = closedAllDay;
    }

    public LocalDate getClosureDay() {
        return closureDay;
    }

    public void setClosureDay(LocalDate closureDay) {
        this.closureDay = closureDay;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }
}
