package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import eu.lorntech.totem.talent.boundary.Pathways;
import eu.lorntech.totem.talent.boundary.Pathways.ActionRow;
import eu.lorntech.totem.talent.boundary.Pathways.Option;
import eu.lorntech.totem.talent.entity.DetectionKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The site's detection actions (school visits, hackathons, jury days): recording one, and the candidates met there. */
@Named
@ViewScoped
public class ActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Pathways pathways;

    @Inject
    SiteContext site;

    private Long siteId;
    private boolean manager;
    private List<ActionRow> rows = List.of();
    private List<Option> schools = List.of();
    private List<Option> actions = List.of();

    private String kind = DetectionKind.SCHOOL_VISIT.name();
    private String title;
    private LocalDate heldOn;
    private Long schoolId;

    private String name;
    private String email;
    private Long candidateSchoolId;
    private Long candidateActionId;
    private LocalDate consentUntil;

    /** Called by the view action. */
    public void load() {
        siteId = site.currentSiteId();
        manager = pathways.manages(siteId);
        if (manager) {
            refresh();
        }
    }

    private void refresh() {
        rows = pathways.actionRows(siteId);
        schools = pathways.schools(siteId);
        actions = pathways.actions(siteId);
    }

    public void record() {
        pathways.recordAction(siteId, schoolId, kind, title, heldOn);
        FacesMessages.info("talent.action.recorded", title.strip());
        title = null;
        heldOn = null;
        schoolId = null;
        refresh();
    }

    public void addCandidate() {
        Long id = pathways.addCandidate(siteId, name, email, candidateSchoolId, candidateActionId, consentUntil);
        FacesMessages.info("talent.candidate.added", name.strip());
        name = null;
        email = null;
        consentUntil = null;
        refresh();
        lastAdded = id;
    }

    private Long lastAdded;

    public Long getLastAdded() {
        return lastAdded;
    }

    public boolean isManager() {
        return manager;
    }

    public List<ActionRow> getRows() {
        return rows;
    }

    public List<Option> getSchools() {
        return schools;
    }

    public List<Option> getActions() {
        return actions;
    }

    public List<DetectionKind> getKinds() {
        return List.of(DetectionKind.values());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getCandidateSchoolId() {
        return candidateSchoolId;
    }

    public void setCandidateSchoolId(Long candidateSchoolId) {
        this.candidateSchoolId = candidateSchoolId;
    }

    public Long getCandidateActionId() {
        return candidateActionId;
    }

    public void setCandidateActionId(Long candidateActionId) {
        this.candidateActionId = candidateActionId;
    }

    public LocalDate getConsentUntil() {
        return consentUntil;
    }

    public void setConsentUntil(LocalDate consentUntil) {
        this.consentUntil = consentUntil;
    }
}
