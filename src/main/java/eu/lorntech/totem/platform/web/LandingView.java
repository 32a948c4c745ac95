package eu.lorntech.totem.platform.web;

import eu.lorntech.totem.platform.offer.PublicOffer;
import eu.lorntech.totem.platform.offer.PublicOffer.Teaser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The landing page: what the chosen site offers, one teaser per module, each leading to its public page. */
@Named("landing")
@RequestScoped
public class LandingView {

    @Inject
    Instance<PublicOffer> offers;

    @Inject
    SiteContext site;

    private List<Teaser> teasers;

    @PostConstruct
    void load() {
        Long siteId = site.currentSiteId();
        teasers = offers.stream().map(o -> o.teaser(siteId)).sorted(Comparator.comparingInt(Teaser::order)).toList();
    }

    public List<Teaser> getTeasers() {
        return teasers;
    }
}
