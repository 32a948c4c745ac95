package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.EventCatalogue;
import eu.lorntech.totem.event.boundary.EventCatalogue.Card;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.Formats;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The public catalogue: a GET form (site, or all sites; type; from a day) and pages of cards, each
 * a plain link, so that browsing creates no session and every page of results has its own address.
 */
@Named
@RequestScoped
public class EventsView {

    static final int PAGE_SIZE = 10;
    static final String ALL_SITES = "all";
    private static final List<EventKind> KINDS = List.of(EventKind.values());

    @Inject
    EventCatalogue catalogue;

    @Inject
    SiteContext site;

    private boolean loaded;
    private Long siteId;
    private boolean allSites;
    private String kind;
    private String from;
    private int page;
    private List<Card> cards = List.of();
    private long total;
    private String previousLink;
    private String nextLink;
    private Long icalSiteId;

    /** Runs once per request, from the page's view action (so that a refusal reaches the page's messages), or from an action first. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        allSites = ALL_SITES.equals(p.get("site"));
        siteId = allSites ? null : site.currentSiteId();
        icalSiteId = site.currentSiteId();
        EventKind type = Arrays.stream(EventKind.values()).filter(k -> k.name().equals(p.get("kind"))).findFirst().orElse(null);
        kind = type == null ? null : type.name();
        page = number(p.get("page"));
        LocalDate day = null;
        String fromParam = p.get("from");
        if (fromParam != null && !fromParam.isBlank()) {
            try {
                day = LocalDate.parse(fromParam.strip());
                from = day.toString();
            } catch (DateTimeParseException e) {
                FacesMessages.error("event.public.from.invalid");
            }
        }
        try {
            Page<Card> found = catalogue.page(siteId, type, day == null ? null : day.atStartOfDay(Formats.PARIS).toInstant(), null,
                    PageRequest.of(page * PAGE_SIZE, PAGE_SIZE));
            cards = found.rows();
            total = found.total();
        } catch (Refusal e) {
            FacesMessages.show(e);
        }
        previousLink = page > 0 ? link(page - 1) : null;
        nextLink = (long) (page + 1) * PAGE_SIZE < total ? link(page + 1) : null;
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** This search's address at another page (the site comes from the site switcher unless all sites were asked for). */
    private String link(int toPage) {
        StringBuilder q = new StringBuilder("?page=").append(toPage);
        if (allSites) {
            q.append("&site=").append(ALL_SITES);
        }
        if (kind != null) {
            q.append("&kind=").append(kind);
        }
        if (from != null) {
            q.append("&from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    public boolean isAllSites() {
        return allSites;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getKind() {
        return kind;
    }

    public String getFrom() {
        return from;
    }

    public List<EventKind> getKinds() {
        return KINDS;
    }

    public List<Card> getCards() {
        return cards;
    }

    public long getTotal() {
        return total;
    }

    /** The page shown, counted from 1 for people. */
    public int getPageNumber() {
        return page + 1;
    }

    public long getPageCount() {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getPreviousLink() {
        return previousLink;
    }

    public String getNextLink() {
        return nextLink;
    }

    public Long getIcalSiteId() {
        return icalSiteId;
    }
}
