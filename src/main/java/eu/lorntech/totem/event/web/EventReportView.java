package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.Attendees;
import eu.lorntech.totem.event.boundary.EventFeedbacks;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;

/** What happened at the door (the log of every scan, paged) and what attendees thought afterwards (ratings and comments). */
@Named
@ViewScoped
public class EventReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attendees attendees;

    @Inject
    EventFeedbacks feedbacks;

    private PagedModel<Attendees.Scan> scans;
    private EventFeedbacks.Results results;
    private String ratingsChart;

    public void load(Long eventId) {
        if (eventId == null) {
            return;
        }
        try {
            Attendees boundary = attendees;
            scans = new PagedModel<>(request -> boundary.scans(eventId, request), s -> s.at() + s.station() + s.code());
            results = feedbacks.results(eventId);
            JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
            JsonArrayBuilder counts = JsonP.PROVIDER.createArrayBuilder();
            for (int i = 0; i < 5; i++) {
                labels.add(String.valueOf(i + 1));
                counts.add(results.distribution()[i]);
            }
            ratingsChart = EventCharts.bars(labels, EventCharts.dataset(EventCharts.label("organiser.feedback.answers"), counts, EventCharts.GREEN));
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public PagedModel<Attendees.Scan> getScans() {
        return scans;
    }

    public EventFeedbacks.Results getResults() {
        return results;
    }

    public String getRatingsChart() {
        return ratingsChart;
    }
}
