package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.SiteContext;
import eu.lorntech.totem.programme.boundary.CallSummary;
import eu.lorntech.totem.programme.boundary.OpenCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public list of open calls for applications at the chosen site. */
@Named
@RequestScoped
public class CallsView {

    @Inject
    OpenCalls calls;

    @Inject
    SiteContext site;

    private List<CallSummary> open;

    @PostConstruct
    void load() {
        open = calls.openNow(site.currentSiteId());
    }

    public List<CallSummary> getOpen() {
        return open;
    }
}
