package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** How much each resource was booked over a period, as a chart and a table that exports to CSV and Excel. */
@Named
@ViewScoped
public class OccupancyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpaceDesk desk;

    @Inject
    SpaceManagement management;

    private LocalDate from;
    private LocalDate to;
    private List<SpaceManagement.Occupancy> occupancy = List.of();
    private String chart;

    @PostConstruct
    void init() {
        from = LocalDate.now(CalendarView.ZONE).withDayOfMonth(1);
        to = from.plusMonths(1).minusDays(1);
        if (desk.isManager()) {
            show();
        }
    }

    public void show() {
        occupancy = management.occupancy(desk.siteId(), from, to);
        chart = chartOf(occupancy);
    }

    /** Chart.js configuration of the bar chart (the table below holds the same figures). */
    private static String chartOf(List<SpaceManagement.Occupancy> occupancy) {
        JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder values = JsonP.PROVIDER.createArrayBuilder();
        occupancy.forEach(o -> {
            labels.add(o.resourceName());
            values.add(Math.round(o.rate() * 1000) / 10.0);
        });
        return JsonP.PROVIDER.createObjectBuilder()
                .add("type", "bar")
                .add("data", JsonP.PROVIDER.createObjectBuilder().add("labels", labels)
                        .add("datasets", JsonP.PROVIDER.createArrayBuilder().add(JsonP.PROVIDER.createObjectBuilder()
                                .add("label", "%").add("data", values).add("backgroundColor", "#0b4f8a"))))
                .add("options", JsonP.PROVIDER.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("scales", JsonP.PROVIDER.createObjectBuilder().add("x", JsonP.PROVIDER.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    public String getChart() {
        return chart;
    }

    public List<SpaceManagement.Occupancy> getOccupancy() {
        return occupancy;
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
}
