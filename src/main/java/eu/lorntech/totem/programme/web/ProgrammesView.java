package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.programme.boundary.CallForms;
import eu.lorntech.totem.programme.boundary.FormViews.ProgrammeRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A programme manager's programmes (every site they manage) with their calls, and a new programme. */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallForms forms;

    private List<ProgrammeRow> programmes = List.of();
    private List<Sites.SiteView> sites = List.of();
    private Long siteId;
    private String kind = "INCUBATION";
    private String name;
    private String description;

    @PostConstruct
    void load() {
        programmes = forms.programmesIManage();
        sites = forms.sitesIManage();
        if (siteId == null && !sites.isEmpty()) {
            siteId = sites.get(0).id();
        }
    }

    public void create() {
        forms.createProgramme(siteId, kind, name, description);
        name = null;
        description = null;
        load();
        FacesMessages.info("programmes.created");
    }

    public boolean isManager() {
        return !sites.isEmpty();
    }

    public List<ProgrammeRow> getProgrammes() {
        return programmes;
    }

    public List<Sites.SiteView> getSites() {
        return sites;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
