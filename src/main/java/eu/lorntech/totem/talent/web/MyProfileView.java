package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Profiles;
import eu.lorntech.totem.talent.boundary.Profiles.SkillOption;
import eu.lorntech.totem.talent.entity.Profile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidate's own profile: skills with a level, languages with a level, countries, availability,
 * consent. Rows are added and removed on the page; "Save" replaces the profile as a whole.
 */
@Named
@ViewScoped
public class MyProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A skill on the page: which one and how well. */
    public static final class SkillRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long skillId;
        private Integer level;

        SkillRow(Long skillId, Integer level) {
            this.skillId = skillId;
            this.level = level;
        }

        public Long getSkillId() {
            return skillId;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }
    }

    /** A language on the page and its level. */
    public static final class LanguageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String language;
        private String level;

        LanguageRow(String language, String level) {
            this.language = language;
            this.level = level;
        }

        public String getLanguage() {
            return language;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }
    }

    @Inject
    eu.lorntech.totem.platform.web.CurrentLocale currentLocale;

    @Inject
    Profiles profiles;

    @Inject
    eu.lorntech.totem.talent.boundary.Applying applying;

    private transient jakarta.servlet.http.Part cv;
    private String cvName;

    private Profiles.View profile;
    private List<SkillOption> skillOptions = List.of();
    private Map<Long, String> skillLabels = Map.of();
    private Map<String, String> languageLabels = Map.of();
    private Map<String, String> countryLabels = Map.of();
    private final List<SkillRow> skills = new ArrayList<>();
    private final List<LanguageRow> languages = new ArrayList<>();
    private List<String> countries = new ArrayList<>();
    private LocalDate availableFrom;
    private Long newSkill;
    private Integer newSkillLevel = 2;
    private String newLanguage;
    private String newLanguageLevel = "B1";

    /** Called by the view action. */
    public void load() {
        Locale locale = currentLocale.getLocale();
        skillOptions = profiles.skills(locale);
        Map<Long, String> labels = new LinkedHashMap<>();
        skillOptions.forEach(o -> labels.put(o.id(), o.label()));
        skillLabels = labels;
        languageLabels = TalentLabels.languages(locale);
        countryLabels = TalentLabels.countries(locale);
        profiles.mine().ifPresent(this::show);
        if (profile != null) {
            cvName = applying.myCvName().orElse(null);
        }
    }

    /** Keeps the chosen file as the CV: a PDF of 5 MB at most, or a clear refusal and the CV before it kept. */
    public void uploadCv() throws java.io.IOException {
        if (cv == null || cv.getSize() == 0) {
            FacesMessages.error("talent.cv.choose");
            return;
        }
        if (cv.getSize() > eu.lorntech.totem.talent.boundary.Applying.CV_MAX_BYTES) {
            FacesMessages.error("talent.cv.tooLarge", eu.lorntech.totem.talent.boundary.Applying.CV_MAX_BYTES / (1024 * 1024));
            return;
        }
        try (java.io.InputStream in = cv.getInputStream()) {
            applying.uploadCv(cv.getSubmittedFileName(), in.readAllBytes());
        }
        cvName = applying.myCvName().orElse(null);
        FacesMessages.info("talent.cv.saved");
    }

    public jakarta.servlet.http.Part getCv() {
        return cv;
    }

    public void setCv(jakarta.servlet.http.Part cv) {
        this.cv = cv;
    }

    public String getCvName() {
        return cvName;
    }

    private void show(Profiles.View view) {
        profile = view;
        skills.clear();
        view.skills().forEach((id, level) -> skills.add(new SkillRow(id, level)));
        languages.clear();
        view.languages().forEach((code, level) -> languages.add(new LanguageRow(code, level)));
        countries = new ArrayList<>(view.countries());
        availableFrom = view.availableFrom();
    }

    public void start() {
        show(profiles.start());
        FacesMessages.info("talent.profile.started");
    }

    public void addSkill() {
        if (newSkill == null) {
            FacesMessages.error("talent.profile.skill.choose");
            return;
        }
        skills.removeIf(r -> r.getSkillId().equals(newSkill));
        skills.add(new SkillRow(newSkill, newSkillLevel));
        newSkill = null;
    }

    public void removeSkill(SkillRow row) {
        skills.remove(row);
    }

    public void addLanguage() {
        if (newLanguage == null || newLanguage.isBlank()) {
            FacesMessages.error("talent.profile.language.choose");
            return;
        }
        languages.removeIf(r -> r.getLanguage().equals(newLanguage));
        languages.add(new LanguageRow(newLanguage, newLanguageLevel));
        newLanguage = null;
    }

    public void removeLanguage(LanguageRow row) {
        languages.remove(row);
    }

    public void save() {
        Map<Long, Integer> s = new LinkedHashMap<>();
        skills.forEach(r -> s.put(r.getSkillId(), r.getLevel()));
        Map<String, String> l = new LinkedHashMap<>();
        languages.forEach(r -> l.put(r.getLanguage(), r.getLevel()));
        show(profiles.describeMine(s, l, new LinkedHashSet<>(countries), availableFrom));
        FacesMessages.info("talent.profile.saved");
    }

    public void renewConsent() {
        profile = profiles.renewMyConsent();
        FacesMessages.info("talent.profile.consentRenewed");
    }

    public Profiles.View getProfile() {
        return profile;
    }

    public List<SkillOption> getSkillOptions() {
        return skillOptions;
    }

    public Map<Long, String> getSkillLabels() {
        return skillLabels;
    }

    public Map<String, String> getLanguageLabels() {
        return languageLabels;
    }

    public Map<String, String> getCountryLabels() {
        return countryLabels;
    }

    public List<String> getLanguageLevels() {
        return Profile.LANGUAGE_LEVELS;
    }

    public List<Integer> getSkillLevels() {
        return List.of(1, 2, 3, 4);
    }

    public List<SkillRow> getSkills() {
        return skills;
    }

    public List<LanguageRow> getLanguages() {
        return languages;
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public Long getNewSkill() {
        return newSkill;
    }

    public void setNewSkill(Long newSkill) {
        this.newSkill = newSkill;
    }

    public Integer getNewSkillLevel() {
        return newSkillLevel;
    }

    public void setNewSkillLevel(Integer newSkillLevel) {
        this.newSkillLevel = newSkillLevel;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public String getNewLanguageLevel() {
        return newLanguageLevel;
    }

    public void setNewLanguageLevel(String newLanguageLevel) {
        this.newLanguageLevel = newLanguageLevel;
    }
}
