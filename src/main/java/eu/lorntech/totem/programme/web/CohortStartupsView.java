package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.ApplicationSummary;
import eu.lorntech.totem.programme.boundary.Cohorts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A cohort's startups: who is in it, admitting an accepted application, adding a startup by hand. */
@Named
@ViewScoped
public class CohortStartupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortDesk desk;

    @Inject
    Cohorts cohorts;

    private List<Cohorts.StartupView> startups = List.of();
    private List<ApplicationSummary> admissible = List.of();
    private Long admitApplication;
    private String startupName;
    private String founderEmail;

    /** Called by the view action, after the view parameters. */
    public void load() {
        desk.load();
        refresh();
    }

    private void refresh() {
        if (desk.getCohortId() != null) {
            startups = cohorts.startups(desk.getCohortId());
            admissible = cohorts.admissible(desk.getCohortId());
        }
    }

    public void admit() {
        cohorts.admit(admitApplication, desk.getCohortId());
        FacesMessages.info("cohorts.admitted");
        refresh();
    }

    public void addStartup() {
        cohorts.addStartup(desk.getCohortId(), startupName, founderEmail);
        FacesMessages.info("cohorts.added");
        startupName = null;
        founderEmail = null;
        refresh();
    }

    public List<Cohorts.StartupView> getStartups() {
        return startups;
    }

    public List<ApplicationSummary> getAdmissible() {
        return admissible;
    }

    public Long getAdmitApplication() {
        return admitApplication;
    }

    public void setAdmitApplication(Long admitApplication) {
        this.admitApplication = admitApplication;
    }

    public String getStartupName() {
        return startupName;
    }

    public void setStartupName(String startupName) {
        this.startupName = startupName;
    }

    public String getFounderEmail() {
        return founderEmail;
    }

    public void setFounderEmail(String founderEmail) {
        this.founderEmail = founderEmail;
    }
}
