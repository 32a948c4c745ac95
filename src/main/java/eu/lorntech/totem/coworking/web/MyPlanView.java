package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.PlanRequests;
import eu.lorntech.totem.coworking.boundary.PlanRequests.MyPlan;
import eu.lorntech.totem.coworking.boundary.SpaceManagement.PlanView;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** My plan at the current site: the one I hold, the one I asked for, or the plans I can ask for. */
@Named
@ViewScoped
public class MyPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanRequests requests;

    @Inject
    SiteContext site;

    private MyPlan plan;

    @PostConstruct
    void init() {
        plan = requests.mine(site.currentSiteId());
    }

    public void request(PlanView wanted) {
        requests.request(wanted.id());
        plan = requests.mine(site.currentSiteId());
        FacesMessages.info("planRequest.sent");
    }

    public MyPlan getPlan() {
        return plan;
    }
}
