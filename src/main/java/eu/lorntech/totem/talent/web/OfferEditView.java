package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Offers;
import eu.lorntech.totem.talent.entity.Contract;
import eu.lorntech.totem.talent.entity.Offer;
import eu.lorntech.totem.talent.entity.OfferKind;
import eu.lorntech.totem.talent.entity.Profile;
import eu.lorntech.totem.talent.entity.Requirement;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Posting or changing an offer: what, where, under which contract, when, and the skills (required or
 * wished, from a least level) and languages it asks for. Rows are added and removed on the page;
 * "Save" sends the whole offer, refused as a whole if anything is wrong.
 */
@Named
@ViewScoped
public class OfferEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A skill row: which, required or wished, from which level. */
    public static final class SkillRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long skillId;
        private boolean required;
        private Integer level;

        SkillRow(Long skillId, boolean required, Integer level) {
            this.skillId = skillId;
            this.required = required;
            this.level = level;
        }

        public Long getSkillId() {
            return skillId;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }
    }

    /** A language row and its least level. */
    public static final class LanguageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String language;
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
    CurrentLocale currentLocale;

    @Inject
    Offers offers;

    @Inject
    TalentLabels labels;

    private Long id;
    private String title;
    private String kind = OfferKind.JOB.name();
    private String contract = Contract.PERMANENT.name();
    private String description;
    private String place;
    private String country = "FR";
    private LocalDate opensOn;
    private LocalDate closesOn;
    private final List<SkillRow> skills = new ArrayList<>();
    private final List<LanguageRow> languages = new ArrayList<>();
    private Map<Long, String> skillLabels = Map.of();
    private Map<String, String> languageLabels = Map.of();
    private Map<String, String> countryLabels = Map.of();
    private Long newSkill;
    private boolean newRequired = true;
    private Integer newLevel = 2;
    private String newLanguage;
    private String newLanguageLevel = "B1";

    /** Called by the view action, after the view parameter (none: a new offer). */
    public void load() {
        Locale locale = currentLocale.getLocale();
        skillLabels = labels.skills(locale);
        languageLabels = TalentLabels.languages(locale);
        countryLabels = TalentLabels.countries(locale);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        opensOn = today;
        closesOn = today.plusMonths(2);
        if (id != null) {
            Offers.Detail d = offers.detail(id);
            if (!d.manageable()) {
                throw eu.lorntech.totem.platform.Refusal.notFound("offer.notFound");
            }
            Offers.Summary s = d.summary();
            title = s.title();
            kind = s.kind();
            contract = s.contract();
            description = d.description();
            place = s.place();
            country = s.country();
            opensOn = s.opensOn();
            closesOn = s.closesOn();
            d.skills().forEach(c -> skills.add(new SkillRow(c.skillId(), c.required(), c.minLevel())));
            d.languages().forEach((l, lv) -> languages.add(new LanguageRow(l, lv)));
        }
    }

    public void addSkill() {
        if (newSkill == null) {
            FacesMessages.error("talent.profile.skill.choose");
            return;
        }
        skills.removeIf(r -> r.getSkillId().equals(newSkill));
        skills.add(new SkillRow(newSkill, newRequired, newLevel));
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

    /** Saves the offer as a whole and opens its applicants' page. */
    public String save() {
        Map<String, String> l = new LinkedHashMap<>();
        languages.forEach(r -> l.put(r.getLanguage(), r.getLevel()));
        List<Requirement> r = skills.stream().map(s -> new Requirement(s.getSkillId(), s.isRequired(), s.getLevel())).toList();
        Offer.Terms terms = new Offer.Terms(OfferKind.valueOf(kind), title, description, place, country, Contract.valueOf(contract), opensOn, closesOn,
                r, l);
        Long saved = id;
        if (id == null) {
            saved = offers.post(terms);
        } else {
            offers.revise(id, terms);
        }
        FacesMessages.info("offer.saved", title == null ? "" : title.strip());
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/talent/applicants?faces-redirect=true&offer=" + saved;
    }

    public List<String> getKinds() {
        return Arrays.stream(OfferKind.values()).map(Enum::name).toList();
    }

    public List<String> getContracts() {
        return Arrays.stream(Contract.values()).map(Enum::name).toList();
    }

    public List<Integer> getSkillLevels() {
        return List.of(1, 2, 3, 4);
    }

    public List<String> getLanguageLevels() {
        return Profile.LANGUAGE_LEVELS;
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

    public List<SkillRow> getSkills() {
        return skills;
    }

    public List<LanguageRow> getLanguages() {
        return languages;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getContract() {
        return contract;
    }

    public void setContract(String contract) {
        this.contract = contract;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
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

    public Long getNewSkill() {
        return newSkill;
    }

    public void setNewSkill(Long newSkill) {
        this.newSkill = newSkill;
    }

    public boolean isNewRequired() {
        return newRequired;
    }

    public void setNewRequired(boolean newRequired) {
        this.newRequired = newRequired;
    }

    public Integer getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(Integer newLevel) {
        this.newLevel = newLevel;
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
