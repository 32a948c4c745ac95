package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * The fields that describe an event, shared by the form that starts one and the editor: what, where,
 * in which language, when, when registration opens and closes, how many seats. Dates are the
 * browser's {@code datetime-local} values, read in the site's time by {@link EventDates}.
 */
public class EventDetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EventKind kind = EventKind.WORKSHOP;
    private String title;
    private String summary;
    private String venue;
    private String language;
    private String startsAt;
    private String endsAt;
    private String opensAt;
    private String closesAt;
    private Integer capacity;

    /**
     * The details as typed, or null when a date could not be read (a message then stands beside the
     * field of the form {@code form}). Registration closes when the event starts if no close is given.
     */
    public Event.Details details(String form) {
        Instant starts = EventDates.parse(startsAt, form + ":startsAt");
        Instant ends = EventDates.parse(endsAt, form + ":endsAt");
        Instant opens = EventDates.parse(opensAt, form + ":opensAt");
        Instant closes = closesAt == null || closesAt.isBlank() ? starts : EventDates.parse(closesAt, form + ":closesAt");
        if (starts == null || ends == null || opens == null || closes == null) {
            return null;
        }
        return new Event.Details(title, summary, venue, language, starts, ends, opens, closes, capacity == null ? 0 : capacity);
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
