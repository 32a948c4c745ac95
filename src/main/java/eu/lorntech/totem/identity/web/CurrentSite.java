package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.Accounts;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.Sites.SiteView;
import eu.lorntech.totem.platform.offer.PublicOffer;
import eu.lorntech.totem.platform.web.Preferences;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The site switcher of the layout: the site chosen now ({@code ?site=}) or remembered (cookie),
 * else the person's home site, else the site with the most to show the public (open calls, spaces).
 */
@Named
@RequestScoped
public class CurrentSite implements SiteContext {

    @Inject
    Sites sites;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<PublicOffer> offers;

    private List<SiteView> all;
    private SiteView current;

    public List<SiteView> getSites() {
        if (all == null) {
            all = sites.all();
        }
        return all;
    }

    public SiteView getCurrent() {
        if (current == null) {
            Long chosen = Preferences.chosenSite(request);
            current = getSites().stream().filter(s -> s.id().equals(chosen)).findFirst()
                    .or(() -> request.getUserPrincipal() == null ? Optional.empty()
                            : accounts.homeSiteId().flatMap(id -> getSites().stream().filter(s -> s.id().equals(id)).findFirst()))
                    .or(this::withMostToShow)
                    .orElse(null);
        }
        return current;
    }

    /** The first of the sites whose public offer counts most (stable: ties keep the sites' order). */
    private Optional<SiteView> withMostToShow() {
        return getSites().stream().max(Comparator.comparingLong(this::toShow).thenComparing(s -> -getSites().indexOf(s)));
    }

    private long toShow(SiteView site) {
        return offers.stream().mapToLong(o -> o.teaser(site.id()).count()).sum();
    }

    public Long getCurrentId() {
        return getCurrent() == null ? null : getCurrent().id();
    }

    @Override
    public Long currentSiteId() {
        return getCurrentId();
    }
}
