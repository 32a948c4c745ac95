package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.talent.boundary.Profiles;
import eu.lorntech.totem.talent.entity.Match;
import eu.lorntech.totem.talent.entity.Profile;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The talent pages' labels in the reader's language: skills of the list, languages, countries, and a match's explanation. */
@Dependent
public class TalentLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A match as a page shows it: the score out of 100 and the sentences that explain it. */
    public record Explanation(int percent, String requiredMet, String requiredMissing, String wishedMet, String wishedMissing, String languagesMet,
            String languagesMissing, boolean countryMet) implements Serializable {
    }

    @Inject
    transient Profiles profiles;

    public Map<Long, String> skills(Locale locale) {
        Map<Long, String> labels = new LinkedHashMap<>();
        profiles.skills(locale).forEach(o -> labels.put(o.id(), o.label()));
        return labels;
    }

    public static Map<String, String> languages(Locale locale) {
        Map<String, String> langs = new LinkedHashMap<>();
        for (String code : Profile.LANGUAGES) {
            langs.put(code, language(code, locale));
        }
        return langs;
    }

    public static Map<String, String> countries(Locale locale) {
        Map<String, String> lands = new LinkedHashMap<>();
        for (String code : Profile.COUNTRIES) {
            lands.put(code, new Locale("", code).getDisplayCountry(locale));
        }
        return lands;
    }

    static String language(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String level(String level, Locale locale) {
        return "NATIVE".equals(level) ? Texts.get(locale, "talent.languageLevel.NATIVE") : level;
    }

    public static Explanation explain(Match m, Map<Long, String> skillLabels, Locale locale) {
        return new Explanation(m.percent(), skills(m.requiredMet(), skillLabels), skills(m.requiredMissing(), skillLabels),
                skills(m.wishedMet(), skillLabels), skills(m.wishedMissing(), skillLabels), langs(m.languagesMet(), locale),
                langs(m.languagesMissing(), locale), m.countryMet());
    }

    private static String skills(List<Long> ids, Map<Long, String> labels) {
        return ids.isEmpty() ? null : String.join(", ", ids.stream().map(id -> labels.getOrDefault(id, "?")).toList());
    }

    private static String langs(List<String> codes, Locale locale) {
        return codes.isEmpty() ? null : String.join(", ", codes.stream().map(c -> language(c, locale)).toList());
    }
}
