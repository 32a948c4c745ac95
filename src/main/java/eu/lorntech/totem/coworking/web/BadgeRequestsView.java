package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.TrainingBadges;
import eu.lorntech.totem.coworking.boundary.TrainingBadges.Pending;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The space manager's waiting badge requests (filed by training milestones): confirm in one click. */
@Named
@ViewScoped
public class BadgeRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingBadges badges;

    @Inject
    SiteContext site;

    private List<Pending> pending;

    @PostConstruct
    void init() {
        pending = badges.pending(site.currentSiteId());
    }

    public void confirm(Pending p) {
        badges.confirm(p.id());
        pending = badges.pending(site.currentSiteId());
        FacesMessages.info("badgeRequest.confirmed", p.memberName(), p.machineName());
    }

    public List<Pending> getPending() {
        return pending;
    }
}
