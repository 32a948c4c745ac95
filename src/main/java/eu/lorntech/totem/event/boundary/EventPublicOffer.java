package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.platform.offer.PublicOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Events' part of the landing page: the events to come at the site. */
@ApplicationScoped
public class EventPublicOffer implements PublicOffer {

    @Inject
    EventCatalogue catalogue;

    @Override
    public Teaser teaser(Long siteId) {
        return new Teaser(30, "offer.events.title", "offer.events.text", siteId == null ? 0 : catalogue.upcoming(siteId),
                "/public/events.xhtml");
    }
}
