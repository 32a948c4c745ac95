package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.EventCatalogue.Card;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.Formats;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An organiser's events, latest first, and the form that starts a new one as a draft. */
@Named
@ViewScoped
public class MyEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Inject
    Sites sites;

    @Inject
    People people;

    @Inject
    SiteContext site;

    @Inject
    CurrentLocale locale;

    private List<Card> mine = List.of();
    private List<Sites.SiteView> organisedSites = List.of();
    private Long siteId;
    private EventKind kind = EventKind.WORKSHOP;
    private String title;
    private String summary;
    private String venue;
    private String language;
    private String startsAt;
    private String endsAt;
    private String opensAt;
    private String closesAt;
    private Integer capacity = 20;

    @PostConstruct
    void init() {
        mine = events.mine();
        organisedSites = sites.all().stream().filter(s -> people.callerHolds(Roles.EVENT_ORGANISER, s.id())).toList();
        Long current = site.currentSiteId();
        siteId = organisedSites.stream().anyMatch(s -> s.id().equals(current)) ? current
                : organisedSites.isEmpty() ? null : organisedSites.get(0).id();
        language = locale.getLanguage();
        LocalDate day = LocalDate.now(Formats.PARIS).plusWeeks(4);
        startsAt = day.atTime(9, 0).toString();
        endsAt = day.atTime(12, 0).toString();
        opensAt = LocalDateTime.now(Formats.PARIS).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** Creates the draft and opens its editor. */
    public String create() {
        Instant starts = EventDates.parse(startsAt, "create:startsAt");
        Instant ends = EventDates.parse(endsAt, "create:endsAt");
        Instant opens = EventDates.parse(opensAt, "create:opensAt");
        Instant closes = closesAt == null || closesAt.isBlank() ? starts : EventDates.parse(closesAt, "create:closesAt");
        if (starts == null || ends == null || opens == null || closes == null) {
            return null;
        }
        try {
            Long id = events.create(siteId, kind, new Event.Details(title, summary, venue, language, starts, ends, opens, closes,
                    capacity == null ? 0 : capacity));
            FacesMessages.info("organiser.created", title);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/event/editor.xhtml?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            FacesMessages.show(e);
            return null;
        }
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public List<Card> getMine() {
        return mine;
    }

    public List<Sites.SiteView> getOrganisedSites() {
        return organisedSites;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
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
