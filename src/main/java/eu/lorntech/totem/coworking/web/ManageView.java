package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.BookingSummary;
import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.coworking.boundary.Resources;
import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The space manager's desk: who's in, occupancy, the day's bookings, and the site's settings. */
@Named
@ViewScoped
public class ManageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpaceManagement management;

    @Inject
    Resources resources;

    @Inject
    Bookings bookings;

    @Inject
    SiteContext site;

    private boolean manager;
    private List<SpaceManagement.Presence> present = List.of();
    private List<SpaceManagement.Occupancy> occupancy = List.of();
    private List<BookingSummary> today = List.of();
    private List<SpaceManagement.PlanView> plans = List.of();
    private LocalDate from;
    private LocalDate to;
    private String cancelReason;

    private List<eu.lorntech.totem.coworking.boundary.ResourceSummary> siteResources = List.of();
    /** The resource whose form is open for changes; null when the form creates one. */
    private Long editingId;
    private String newName;
    private ResourceKind newKind;
    private int newCapacity;
    private int newMin;
    private int newMax;
    private int newBuffer;
    private boolean newBadge;

    private Long badgeResourceId;
    private String memberEmail;
    private Long planId;
    private LocalDate closureDay;
    private String closureReason;

    private java.time.DayOfWeek hoursDay = java.time.DayOfWeek.MONDAY;
    private String hoursOpens = "08:00";
    private String hoursCloses = "19:00";
    private boolean hoursClosed;

    private Long onBehalfResourceId;
    private LocalDate onBehalfDay;
    private String onBehalfStart = "09:00";
    private String onBehalfEnd = "10:00";
    private boolean overrideCredits;

    @PostConstruct
    void init() {
        LocalDate now = LocalDate.now(CalendarView.ZONE);
        from = now.withDayOfMonth(1);
        to = from.plusMonths(1).minusDays(1);
        onBehalfDay = now;
        cancelEdit();
        manager = management.manages(site.currentSiteId());
        if (manager) {
            load();
        }
    }

    public void load() {
        Long siteId = site.currentSiteId();
        try {
            present = management.whoIsIn(siteId);
            occupancy = management.occupancy(siteId, from, to);
            Resources.DayPlan plan = resources.day(siteId, LocalDate.now(CalendarView.ZONE));
            List<BookingSummary> all = new ArrayList<>();
            plan.bookings().values().forEach(all::addAll);
            all.sort((a, b) -> a.start().compareTo(b.start()));
            today = all;
            plans = management.plans(siteId);
            siteResources = resources.of(siteId, null, null, null);
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void checkIn(SpaceManagement.Presence p) {
        run(() -> bookings.checkIn(p.bookingId()), "booking.checkedIn");
    }

    public void cancel(BookingSummary b) {
        run(() -> bookings.cancel(b.id(), cancelReason), "booking.cancelledByManager");
        cancelReason = null;
    }

    public void createResource() {
        if (editingId != null) {
            Long id = editingId;
            if (run(() -> management.updateResource(id, newName, newCapacity, newMin, newMax, newBuffer, newBadge), "resource.updated")) {
                cancelEdit();
            }
            return;
        }
        if (run(() -> management.createResource(site.currentSiteId(), newKind, newName, newCapacity, newMin, newMax, newBuffer, newBadge),
                "resource.created")) {
            newName = null;
        }
    }

    /** Opens the resource form on a resource's current values. */
    public void edit(eu.lorntech.totem.coworking.boundary.ResourceSummary r) {
        editingId = r.id();
        newName = r.name();
        newKind = ResourceKind.valueOf(r.kind());
        newCapacity = r.capacity();
        newMin = r.minMinutes();
        newMax = r.maxMinutes();
        newBuffer = r.bufferMinutes();
        newBadge = r.requiresBadge();
    }

    /** Back to a blank form that creates a resource, with the usual defaults. */
    public void cancelEdit() {
        editingId = null;
        newName = null;
        newKind = ResourceKind.HOT_DESK;
        newCapacity = 1;
        newMin = 30;
        newMax = 480;
        newBuffer = 0;
        newBadge = false;
    }

    public void retire(eu.lorntech.totem.coworking.boundary.ResourceSummary r) {
        if (run(() -> management.retireResource(r.id()), "resource.retired") && r.id().equals(editingId)) {
            cancelEdit();
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<eu.lorntech.totem.coworking.boundary.ResourceSummary> getSiteResources() {
        return siteResources;
    }

    public void grantBadge() {
        run(() -> management.grantBadge(badgeResourceId, memberEmail), "badge.granted");
    }

    public void subscribe() {
        run(() -> management.subscribe(memberEmail, planId, null), "plan.subscribed");
    }

    public void addClosure() {
        run(() -> management.addClosure(site.currentSiteId(), closureDay, closureReason), "closure.added");
    }

    public void bookOnBehalf() {
        run(() -> bookings.bookFor(memberEmail, onBehalfResourceId,
                onBehalfDay.atTime(LocalTime.parse(onBehalfStart)).atZone(CalendarView.ZONE).toInstant(),
                onBehalfDay.atTime(LocalTime.parse(onBehalfEnd)).atZone(CalendarView.ZONE).toInstant(), overrideCredits),
                "booking.done");
    }

    public void saveHours() {
        run(() -> management.setHours(site.currentSiteId(), hoursDay, hoursClosed ? null : LocalTime.parse(hoursOpens),
                hoursClosed ? null : LocalTime.parse(hoursCloses)), "coworking.hours.saved");
    }

    public java.time.DayOfWeek[] getDays() {
        return java.time.DayOfWeek.values();
    }

    public java.time.DayOfWeek getHoursDay() {
        return hoursDay;
    }

    public void setHoursDay(java.time.DayOfWeek hoursDay) {
        this.hoursDay = hoursDay;
    }

    public String getHoursOpens() {
        return hoursOpens;
    }

    public void setHoursOpens(String hoursOpens) {
        this.hoursOpens = hoursOpens;
    }

    public String getHoursCloses() {
        return hoursCloses;
    }

    public void setHoursCloses(String hoursCloses) {
        this.hoursCloses = hoursCloses;
    }

    public boolean isHoursClosed() {
        return hoursClosed;
    }

    public void setHoursClosed(boolean hoursClosed) {
        this.hoursClosed = hoursClosed;
    }

    private boolean run(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            load();
            return true;
        } catch (RuntimeException e) {
            FacesMessages.show(e);
            return false;
        }
    }

    /** Chart.js configuration of the occupancy bar chart (the table below holds the same figures). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        occupancy.forEach(o -> {
            labels.add(o.resourceName());
            values.add(Math.round(o.rate() * 1000) / 10.0);
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", "%").add("data", values).add("backgroundColor", "#0b4f8a"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    public List<String> getTimes() {
        List<String> times = new ArrayList<>();
        for (LocalTime t = LocalTime.of(7, 0); !t.isAfter(LocalTime.of(22, 0)); t = t.plusMinutes(15)) {
            times.add(t.toString());
        }
        return times;
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public List<eu.lorntech.totem.coworking.boundary.ResourceSummary> getResources() {
        return siteResources;
    }

    public boolean isManager() {
        return manager;
    }

    public List<SpaceManagement.Presence> getPresent() {
        return present;
    }

    public List<SpaceManagement.Occupancy> getOccupancy() {
        return occupancy;
    }

    public List<BookingSummary> getToday() {
        return today;
    }

    public List<SpaceManagement.PlanView> getPlans() {
        return plans;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public ResourceKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ResourceKind newKind) {
        this.newKind = newKind;
    }

    public int getNewCapacity() {
        return newCapacity;
    }

    public void setNewCapacity(int newCapacity) {
        this.newCapacity = newCapacity;
    }

    public int getNewMin() {
        return newMin;
    }

    public void setNewMin(int newMin) {
        this.newMin = newMin;
    }

    public int getNewMax() {
        return newMax;
    }

    public void setNewMax(int newMax) {
        this.newMax = newMax;
    }

    public int getNewBuffer() {
        return newBuffer;
    }

    public void setNewBuffer(int newBuffer) {
        this.newBuffer = newBuffer;
    }

    public boolean isNewBadge() {
        return newBadge;
    }

    public void setNewBadge(boolean newBadge) {
        this.newBadge = newBadge;
    }

    public Long getBadgeResourceId() {
        return badgeResourceId;
    }

    public void setBadgeResourceId(Long badgeResourceId) {
        this.badgeResourceId = badgeResourceId;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
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

    public Long getOnBehalfResourceId() {
        return onBehalfResourceId;
    }

    public void setOnBehalfResourceId(Long onBehalfResourceId) {
        this.onBehalfResourceId = onBehalfResourceId;
    }

    public LocalDate getOnBehalfDay() {
        return onBehalfDay;
    }

    public void setOnBehalfDay(LocalDate onBehalfDay) {
        this.onBehalfDay = onBehalfDay;
    }

    public String getOnBehalfStart() {
        return onBehalfStart;
    }

    public void setOnBehalfStart(String onBehalfStart) {
        this.onBehalfStart = onBehalfStart;
    }

    public String getOnBehalfEnd() {
        return onBehalfEnd;
    }

    public void setOnBehalfEnd(String onBehalfEnd) {
        this.onBehalfEnd = onBehalfEnd;
    }

    public boolean isOverrideCredits() {
        return overrideCredits;
    }

    public void setOverrideCredits(boolean overrideCredits) {
        this.overrideCredits = overrideCredits;
    }
}
