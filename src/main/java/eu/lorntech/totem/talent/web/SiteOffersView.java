package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.SiteContext;
import eu.lorntech.totem.talent.boundary.Offers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The offers of the current site's partner companies, for its programme managers: each leads to its applicants. */
@Named
@ViewScoped
public class SiteOffersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteContext site;

    @Inject
    Offers offers;

    private List<Offers.Posted> posted = List.of();

    /** Called by the view action. */
    public void load() {
        posted = offers.atSite(site.currentSiteId());
    }

    public List<Offers.Posted> getPosted() {
        return posted;
    }
}
