package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.CoworkingOffer;
import eu.lorntech.totem.coworking.boundary.CoworkingOffer.Offer;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public coworking offer of the chosen site: spaces, opening hours, plans and their price. */
@Named
@RequestScoped
public class CoworkingOfferView {

    @Inject
    CoworkingOffer offers;

    @Inject
    SiteContext site;

    private Offer offer;

    @PostConstruct
    void load() {
        offer = offers.of(site.currentSiteId());
    }

    public Offer getOffer() {
        return offer;
    }
}
