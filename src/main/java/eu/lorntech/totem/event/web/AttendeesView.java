package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.Attendees;
import eu.lorntech.totem.event.boundary.Attendees.Group;
import eu.lorntech.totem.event.boundary.Attendees.Row;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;

/**
 * Who registered for an event: the counts and their course over time, the registrations (paged,
 * sorted, searched and filtered by group in the database), a person added or removed by hand, and
 * the capacity raised or lowered.
 */
@Named
@ViewScoped
public class AttendeesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attendees attendees;

    @Inject
    Registrations registrations;

    @Inject
    Events events;

    @Inject
    CurrentLocale locale;

    private Long id;
    private String title;
    private Attendees.Counts counts;
    private List<Attendees.Day> timeline = List.of();
    private String timelineChart;
    private Group group = Group.ALL;
    private PagedModel<Row> rows;
    private Integer capacity;

    private final PersonFields person = new PersonFields();
    private String language;

    public void load() {
        try {
            title = events.editing(id).card().title();
            language = locale.getLanguage();
            refresh();
            capacity = counts.capacity();
            show();
        } catch (RuntimeException e) {
            title = null;
            FacesMessages.show(e);
        }
    }

    /** The table for the group chosen. */
    public void show() {
        Attendees boundary = attendees;
        Long event = id;
        Group chosen = group;
        String search = rows == null ? null : rows.getSearch();
        rows = new PagedModel<>(request -> boundary.page(event, chosen, request), Row::id);
        rows.setSearch(search);
    }

    private void refresh() {
        counts = attendees.counts(id);
        timeline = attendees.timeline(id);
        JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder registered = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder cancelled = JsonP.PROVIDER.createArrayBuilder();
        for (Attendees.Day d : timeline) {
            labels.add(eu.lorntech.totem.platform.i18n.LocalFormats.date(d.day(), locale.getLocale()));
            registered.add(d.registered());
            cancelled.add(d.cancelled());
        }
        timelineChart = EventCharts.bars(labels, EventCharts.dataset(EventCharts.label("organiser.attendees.registered"), registered,
                EventCharts.BLUE), EventCharts.dataset(EventCharts.label("organiser.attendees.cancelledPerDay"), cancelled, EventCharts.ORANGE));
    }

    public void add() {
        try {
            List<Registrations.Placed> placed = registrations.addByHand(id, person.person(), language);
            refresh();
            Registrations.Placed p = placed.get(0);
            if ("CONFIRMED".equals(p.status())) {
                FacesMessages.info("organiser.attendees.added", p.name());
            } else {
                FacesMessages.info("organiser.attendees.addedWaiting", p.name(), p.position());
            }
            person.clear();
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void remove(Row r) {
        try {
            registrations.remove(r.id());
            refresh();
            FacesMessages.info("organiser.attendees.removed", r.name());
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void changeCapacity() {
        try {
            registrations.changeCapacity(id, capacity == null ? 0 : capacity);
            refresh();
            FacesMessages.info("organiser.capacity.changed", counts.capacity());
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public List<Group> getGroups() {
        return List.of(Group.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The event's id once it loaded, null when it was refused. */
    public Long getLoadedId() {
        return title == null ? null : id;
    }

    public String getTitle() {
        return title;
    }

    public Attendees.Counts getCounts() {
        return counts;
    }

    public List<Attendees.Day> getTimeline() {
        return timeline;
    }

    public String getTimelineChart() {
        return timelineChart;
    }

    public Group getGroup() {
        return group;
    }

    public void setGroup(Group group) {
        this.group = group;
    }

    public PagedModel<Row> getRows() {
        return rows;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public PersonFields getPerson() {
        return person;
    }
}
