package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.platform.offer.PublicOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Coworking's part of the landing page (a CDI bean, so that {@link CoworkingOffer} keeps its no-interface view). */
@ApplicationScoped
public class CoworkingPublicOffer implements PublicOffer {

    @Inject
    CoworkingOffer offer;

    @Override
    public Teaser teaser(Long siteId) {
        return offer.teaser(siteId);
    }
}
