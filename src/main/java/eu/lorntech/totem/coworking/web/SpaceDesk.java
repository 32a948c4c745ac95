package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the space manager's pages share: whether the site chosen in the header is one this person
 * manages (a manager of another site sees a hint instead of the forms, and the pages load nothing).
 */
@Named
@RequestScoped
public class SpaceDesk {

    @Inject
    SpaceManagement management;

    @Inject
    SiteContext site;

    private Long siteId;
    private boolean manager;

    @PostConstruct
    void init() {
        siteId = site.currentSiteId();
        manager = management.manages(siteId);
    }

    public Long siteId() {
        return siteId;
    }

    public boolean isManager() {
        return manager;
    }
}
