package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Pathways;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import eu.lorntech.totem.platform.i18n.Texts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A candidate's page: who, from which school and action, where they are, their history, and a move with a note. */
@Named
@ViewScoped
public class CandidateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    eu.lorntech.totem.platform.web.CurrentLocale currentLocale;

    @Inject
    Pathways pathways;

    @Inject
    eu.lorntech.totem.talent.boundary.Profiles profiles;

    private String skills;
    private String languages;
    private String countries;

    private Long id;
    private Pathways.File file;
    private String target;
    private String note;

    /** Called by the view action, after the view parameter. */
    public void load() {
        file = pathways.file(id);
        if (file == null) {
            return;
        }
        Locale locale = currentLocale.getLocale();
        Map<Long, String> labels = new HashMap<>();
        profiles.skills(locale).forEach(o -> labels.put(o.id(), o.label()));
        eu.lorntech.totem.talent.boundary.Profiles.View p = profiles.of(id);
        List<String> s = new ArrayList<>();
        p.skills().forEach((skill, level) -> s.add(labels.getOrDefault(skill, "?") + " (" + Texts.get(locale, "talent.skillLevel." + level) + ")"));
        skills = s.isEmpty() ? null : String.join(", ", s);
        List<String> l = new ArrayList<>();
        p.languages().forEach((code, level) -> l.add(TalentLabels.language(code, locale) + " (" + TalentLabels.level(level, locale) + ")"));
        languages = l.isEmpty() ? null : String.join(", ", l);
        countries = p.countries().isEmpty() ? null
                : String.join(", ", p.countries().stream().map(c -> TalentLabels.countries(locale).get(c)).toList());
    }

    public String getSkills() {
        return skills;
    }

    public String getLanguages() {
        return languages;
    }

    public String getCountries() {
        return countries;
    }

    public void move() {
        if (target == null || target.isBlank()) {
            FacesMessages.error("talent.move.chooseStage", file.name());
            return;
        }
        try {
            pathways.move(file.id(), file.stage(), target, note);
            FacesMessages.info("talent.movedWithHistory", file.name());
            target = null;
            note = null;
        } finally {
            // refused or not, the page shows the candidate as they are now (another manager may have moved them)
            file = pathways.file(id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Pathways.File getFile() {
        return file;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
