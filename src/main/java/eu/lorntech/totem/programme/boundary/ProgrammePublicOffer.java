package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.platform.offer.PublicOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Programmes' part of the landing page: the calls for applications open now at the site. */
@ApplicationScoped
public class ProgrammePublicOffer implements PublicOffer {

    @Inject
    OpenCalls calls;

    @Override
    public Teaser teaser(Long siteId) {
        return new Teaser(10, "offer.calls.title", "offer.calls.text", siteId == null ? 0 : calls.openNow(siteId).size(),
                "/programme/calls.xhtml");
    }
}
