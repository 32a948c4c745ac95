package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.Accounts;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.Sites.SiteView;
import eu.lorntech.totem.platform.web.Preferences;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The site switcher of the layout: the site chosen now ({@code ?site=}) or remembered (cookie),
 * else the person's home site, else the first one.
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
                    .or(() -> request.getUserPrincipal() == null ? java.util.Optional.empty()
                            : accounts.homeSiteId().flatMap(id -> getSites().stream().filter(s -> s.id().equals(id)).findFirst()))
                    .orElse(getSites().isEmpty() ? null : getSites().get(0));
        }
        return current;
    }

    public Long getCurrentId() {
        return getCurrent() == null ? null : getCurrent().id();
    }

    @Override
    public Long currentSiteId() {
        return getCurrentId();
    }
}
