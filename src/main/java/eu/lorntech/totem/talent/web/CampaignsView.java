package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.identity.boundary.Sites.SiteView;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import eu.lorntech.totem.talent.boundary.Surveys;
import eu.lorntech.totem.talent.boundary.Surveys.CampaignRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The needs survey campaigns of the sites the manager runs, and a new campaign (then its questions and invitations on its page). */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    SiteContext site;

    private List<CampaignRow> rows = List.of();
    private List<SiteView> sites = List.of();
    private Long siteId;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer reminderDays = 3;

    /** Called by the view action. */
    public void load() {
        rows = surveys.campaigns();
        sites = surveys.sites();
        Long current = site.currentSiteId();
        siteId = sites.stream().map(SiteView::id).filter(id -> id.equals(current)).findFirst()
                .orElse(sites.isEmpty() ? null : sites.get(0).id());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        opensOn = today;
        closesOn = today.plusWeeks(4);
    }

    /** A refusal (a title missing, dates the wrong way round) stays on the page, shown by the platform's handler. */
    public String create() {
        Long id = surveys.create(siteId, title, opensOn, closesOn, reminderDays);
        FacesMessages.info("survey.campaign.created", title);
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/talent/campaign.xhtml?faces-redirect=true&id=" + id;
    }

    public List<CampaignRow> getRows() {
        return rows;
    }

    public List<SiteView> getSites() {
        return sites;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }
}
