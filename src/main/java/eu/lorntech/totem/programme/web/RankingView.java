package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import eu.lorntech.totem.programme.boundary.CallSummary;
import eu.lorntech.totem.programme.boundary.Calls;
import eu.lorntech.totem.programme.boundary.OpenCalls;
import eu.lorntech.totem.programme.entity.ApplicationStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The programme manager's ranking of a call, with the decision on each application. */
@Named
@ViewScoped
public class RankingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Calls calls;

    @Inject
    OpenCalls openCalls;

    @Inject
    SiteContext site;

    private boolean manager;
    private List<CallSummary> siteCalls = List.of();
    private Long callId;
    private List<Calls.RankedRow> rows = List.of();

    /** Called by the page once {@code ?call=} is set (a call row's "Ranking" link); else the site's first call. */
    public void load() {
        manager = calls.manages(site.currentSiteId());
        if (manager) {
            siteCalls = openCalls.ofSite(site.currentSiteId());
            if (callId == null && !siteCalls.isEmpty()) {
                callId = siteCalls.get(0).id();
            }
            if (callId != null) {
                show();
            }
        }
    }

    public void show() {
        rows = calls.rankingTable(callId);
    }

    public void decide(Calls.RankedRow row, String decision) {
        calls.decide(row.application().id(), ApplicationStatus.valueOf(decision));
        show();
        FacesMessages.info("ranking.decided");
    }

    public boolean isManager() {
        return manager;
    }

    public List<CallSummary> getSiteCalls() {
        return siteCalls;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public List<Calls.RankedRow> getRows() {
        return rows;
    }
}
