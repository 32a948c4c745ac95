package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.PlanRequests;
import eu.lorntech.totem.coworking.boundary.PlanRequests.Waiting;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The space manager's waiting plan requests: approve in one click, or decline. */
@Named
@ViewScoped
public class PlanRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanRequests requests;

    @Inject
    SiteContext site;

    private List<Waiting> waiting;

    @PostConstruct
    void init() {
        waiting = requests.waiting(site.currentSiteId());
    }

    public void approve(Waiting w) {
        requests.approve(w.id());
        waiting = requests.waiting(site.currentSiteId());
        FacesMessages.info("planRequest.approved", w.memberName());
    }

    public void decline(Waiting w) {
        requests.decline(w.id());
        waiting = requests.waiting(site.currentSiteId());
        FacesMessages.info("planRequest.declined", w.memberName());
    }

    public List<Waiting> getWaiting() {
        return waiting;
    }
}
