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
    private final EventDetailsForm form = new EventDetailsForm();

    @PostConstruct
    void init() {
        mine = events.mine();
        organisedSites = sites.all().stream().filter(s -> people.callerHolds(Roles.EVENT_ORGANISER, s.id())).toList();
        Long current = site.currentSiteId();
        siteId = organisedSites.stream().anyMatch(s -> s.id().equals(current)) ? current
                : organisedSites.isEmpty() ? null : organisedSites.get(0).id();
        form.setLanguage(locale.getLanguage());
        form.setCapacity(20);
        LocalDate day = LocalDate.now(Formats.PARIS).plusWeeks(4);
        form.setStartsAt(day.atTime(9, 0).toString());
        form.setEndsAt(day.atTime(12, 0).toString());
        form.setOpensAt(LocalDateTime.now(Formats.PARIS).truncatedTo(ChronoUnit.MINUTES).toString());
    }

    /** Creates the draft and opens its editor. */
    public String create() {
        Event.Details details = form.details("create");
        if (details == null) {
            return null;
        }
        try {
            Long id = events.create(siteId, form.getKind(), details);
            FacesMessages.info("organiser.created", form.getTitle());
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

    public EventDetailsForm getForm() {
        return form;
    }
}
