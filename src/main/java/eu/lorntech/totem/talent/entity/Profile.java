package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.platform.Refusal;
import java.util.List;
import java.util.Set;

/** What a candidate profile may hold: the languages and their levels, the countries, the skill levels. */
public final class Profile {

    /** The languages a profile may name (ISO 639-1), those of the cross-border region first. */
    public static final List<String> LANGUAGES = List.of("fr", "de", "lb", "en", "it", "es", "pt", "pl", "tr", "ar");

    /** CEFR levels, then a mother tongue. */
    public static final List<String> LANGUAGE_LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2", "NATIVE");

    /** The countries of the region a candidate may work in. */
    public static final List<String> COUNTRIES = List.of("FR", "LU", "DE", "BE");

    public static final int MIN_SKILL_LEVEL = 1;
    public static final int MAX_SKILL_LEVEL = 4;

    /** At most this many skills and languages on one profile. */
    public static final int MAX_ENTRIES = 30;

    private Profile() {
    }

    static void requireLanguage(String language, String level) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw Refusal.invalid("talent.profile.language.unknown", String.valueOf(language));
        }
        if (level == null || !LANGUAGE_LEVELS.contains(level)) {
            throw Refusal.invalid("talent.profile.languageLevel.unknown", String.valueOf(level));
        }
    }

    static void requireSkillLevel(Integer level) {
        if (level == null || level < MIN_SKILL_LEVEL || level > MAX_SKILL_LEVEL) {
            throw Refusal.invalid("talent.profile.skillLevel.range", MIN_SKILL_LEVEL, MAX_SKILL_LEVEL);
        }
    }

    static void requireCountries(Set<String> countries) {
        for (String c : countries) {
            if (!COUNTRIES.contains(c)) {
                throw Refusal.invalid("talent.profile.country.unknown", String.valueOf(c));
            }
        }
    }
}
