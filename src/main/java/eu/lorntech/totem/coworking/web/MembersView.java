package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.coworking.boundary.Resources;
import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The space manager's members: giving a member a plan, recording a machine training. The waiting plan
 * and badge requests on the same page have their own beans ({@link PlanRequestsView}, {@link BadgeRequestsView}).
 */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpaceDesk desk;

    @Inject
    SpaceManagement management;

    @Inject
    Resources resources;

    private List<SpaceManagement.PlanView> plans = List.of();
    private List<ResourceSummary> siteResources = List.of();
    private String memberEmail;
    private Long planId;
    private String badgeEmail;
    private Long badgeResourceId;

    @PostConstruct
    void init() {
        if (desk.isManager()) {
            plans = management.plans(desk.siteId());
            siteResources = resources.of(desk.siteId(), null, null, null);
        }
    }

    public void subscribe() {
        management.subscribe(memberEmail, planId, null);
        FacesMessages.info("plan.subscribed");
    }

    public void grantBadge() {
        management.grantBadge(badgeResourceId, badgeEmail);
        FacesMessages.info("badge.granted");
    }

    public List<SpaceManagement.PlanView> getPlans() {
        return plans;
    }

    public List<ResourceSummary> getResources() {
        return siteResources;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public String getBadgeEmail() {
        return badgeEmail;
    }

    public void setBadgeEmail(String badgeEmail) {
        this.badgeEmail = badgeEmail;
    }

    public Long getBadgeResourceId() {
        return badgeResourceId;
    }

    public void setBadgeResourceId(Long badgeResourceId) {
        this.badgeResourceId = badgeResourceId;
    }
}
