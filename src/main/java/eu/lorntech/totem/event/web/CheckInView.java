package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.Attendees;
import eu.lorntech.totem.event.boundary.CheckIns;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.control.CheckInDesk.Answer;
import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import eu.lorntech.totem.platform.i18n.Texts;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A check-in station at an event's door, on a laptop or a phone: a code typed or scanned, a name
 * searched, a walk-in registered. Each rendered form carries a fresh nonce, so that the same form
 * sent twice (a double tap, a retry on a bad network) is answered once by the boundary.
 */
@Named
@ViewScoped
public class CheckInView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the station shows of the last answer. */
    public record Shown(String result, Instant at, String station, String name) implements Serializable {
        static Shown of(Answer a) {
            return new Shown(a.result().name(), a.at(), a.station(), a.name());
        }
    }

    @Inject
    CheckIns checkIns;

    @Inject
    Attendees attendees;

    @Inject
    Events events;

    @Inject
    CurrentLocale locale;

    private Long id;
    private String title;
    private String station;
    private String nonce = UUID.randomUUID().toString();
    private String code;
    private Shown answer;
    private String search;
    private List<CheckIns.Found> found = List.of();
    private CheckIns.Counter counter;
    private int seatsLeft;
    private final PersonFields walker = new PersonFields();

    public void load() {
        try {
            title = events.editing(id).card().title();
            station = Texts.get(locale.getLocale(), "organiser.checkIn.defaultStation");
            refresh();
        } catch (RuntimeException e) {
            title = null;
            FacesMessages.show(e);
        }
    }

    /** The counter of people in and the seats left for walk-ins. */
    public void refresh() {
        try {
            counter = checkIns.counter(id);
            Attendees.Counts counts = attendees.counts(id);
            seatsLeft = counts.waiting() > 0 ? 0 : Math.max(0, counts.capacity() - counts.confirmed());
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void scan() {
        try {
            answer = Shown.of(checkIns.scan(id, code, station, nonce));
            code = null;
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        } finally {
            nonce = UUID.randomUUID().toString();
        }
    }

    public void find() {
        try {
            found = checkIns.search(id, search);
            if (found.isEmpty()) {
                FacesMessages.info("organiser.checkIn.nobody", search == null ? "" : search.strip());
            }
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void admit(CheckIns.Found person) {
        try {
            answer = Shown.of(checkIns.admit(id, person.id(), station, nonce));
            found = checkIns.search(id, search);
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        } finally {
            nonce = UUID.randomUUID().toString();
        }
    }

    public void walkIn() {
        try {
            answer = Shown.of(checkIns.walkIn(id, walker.person(), locale.getLanguage(), station));
            walker.clear();
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        } finally {
            nonce = UUID.randomUUID().toString();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }

    public String getNonce() {
        return nonce;
    }

    public void setNonce(String nonce) {
        this.nonce = nonce;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Shown getAnswer() {
        return answer;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<CheckIns.Found> getFound() {
        return found;
    }

    public CheckIns.Counter getCounter() {
        return counter;
    }

    public int getSeatsLeft() {
        return seatsLeft;
    }

    public PersonFields getWalker() {
        return walker;
    }
}
