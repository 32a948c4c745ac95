package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Profiles;
import eu.lorntech.totem.talent.boundary.Profiles.SkillEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The managed list of skills: adding one with its three labels, taking one off the list or putting it back. */
@Named
@ViewScoped
public class SkillsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Profiles profiles;

    private List<SkillEntry> skills = List.of();
    private String code;
    private String labelFr;
    private String labelEn;
    private String labelDe;

    /** Called by the view action. */
    public void load() {
        skills = profiles.skillList();
    }

    public void add() {
        profiles.addSkill(code, labelFr, labelEn, labelDe);
        FacesMessages.info("talent.skill.added", labelFr.strip());
        code = null;
        labelFr = null;
        labelEn = null;
        labelDe = null;
        load();
    }

    public void offer(SkillEntry s, boolean offered) {
        profiles.offerSkill(s.id(), offered);
        FacesMessages.info(offered ? "talent.skill.offered" : "talent.skill.withdrawn", s.labelFr());
        load();
    }

    public List<SkillEntry> getSkills() {
        return skills;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelDe() {
        return labelDe;
    }

    public void setLabelDe(String labelDe) {
        this.labelDe = labelDe;
    }
}
