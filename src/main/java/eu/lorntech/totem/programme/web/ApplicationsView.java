package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.PagedModel;
import eu.lorntech.totem.platform.web.SiteContext;
import eu.lorntech.totem.programme.boundary.ApplicationsTable;
import eu.lorntech.totem.programme.boundary.CallSummary;
import eu.lorntech.totem.programme.boundary.Calls;
import eu.lorntech.totem.programme.boundary.OpenCalls;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A call's submitted applications for its managers: paged, sorted and searched by the database, exportable. */
@Named
@ViewScoped
public class ApplicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationsTable table;

    @Inject
    Calls calls;

    @Inject
    OpenCalls openCalls;

    @Inject
    SiteContext site;

    private boolean manager;
    private List<CallSummary> siteCalls = List.of();
    private Long callId;
    private PagedModel<ApplicationsTable.Row> rows;

    public void load() {
        manager = calls.manages(site.currentSiteId());
        if (!manager) {
            return;
        }
        siteCalls = openCalls.ofSite(site.currentSiteId());
        if (callId == null && !siteCalls.isEmpty()) {
            callId = siteCalls.get(0).id();
        }
        show();
    }

    public void show() {
        ApplicationsTable boundary = table;
        Long call = callId;
        rows = call == null ? null : new PagedModel<>(request -> boundary.page(call, request), ApplicationsTable.Row::id);
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

    public PagedModel<ApplicationsTable.Row> getRows() {
        return rows;
    }
}
