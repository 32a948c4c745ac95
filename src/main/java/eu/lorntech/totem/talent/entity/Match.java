package eu.lorntech.totem.talent.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a candidate and an offer fit, and why: the required and wished skills met and missing, the
 * languages met and missing, whether the country is one the candidate would work in. The score is the
 * one the database keeps in {@code offer_match} (V15): {@value #REQUIRED} per required skill met,
 * {@value #WISHED} per wished skill met, {@value #LANGUAGE} per language met, {@value #COUNTRY} for the
 * country; a candidate meeting none of the offer's skills does not match at all.
 *
 * @param percent the score out of the best possible for this offer, 0 to 100
 */
public record Match(int score, int percent, List<Long> requiredMet, List<Long> requiredMissing, List<Long> wishedMet,
        List<Long> wishedMissing, List<String> languagesMet, List<String> languagesMissing, boolean countryMet) implements Serializable {

    public static final int REQUIRED = 3;
    public static final int WISHED = 1;
    public static final int LANGUAGE = 2;
    public static final int COUNTRY = 1;

    /** The fit of a candidate holding {@code skills}, {@code languages} and {@code countries} with an offer's criteria. */
    public static Match of(Collection<Requirement> offerSkills, Map<String, String> offerLanguages, String offerCountry,
            Map<Long, Integer> skills, Map<String, String> languages, Set<String> countries) {
        List<Long> reqMet = new ArrayList<>();
        List<Long> reqMissing = new ArrayList<>();
        List<Long> wishMet = new ArrayList<>();
        List<Long> wishMissing = new ArrayList<>();
        int score = 0;
        int best = COUNTRY;
        for (Requirement r : offerSkills.stream().sorted(java.util.Comparator.comparing(Requirement::skillId)).toList()) {
            boolean met = r.metBy(skills.get(r.skillId()));
            best += r.required() ? REQUIRED : WISHED;
            if (met) {
                score += r.required() ? REQUIRED : WISHED;
            }
            (r.required() ? (met ? reqMet : reqMissing) : (met ? wishMet : wishMissing)).add(r.skillId());
        }
        if (reqMet.isEmpty() && wishMet.isEmpty()) {
            return new Match(0, 0, reqMet, reqMissing, wishMet, wishMissing, List.of(), List.copyOf(offerLanguages.keySet()), false);
        }
        List<String> langMet = new ArrayList<>();
        List<String> langMissing = new ArrayList<>();
        for (Map.Entry<String, String> l : new java.util.TreeMap<>(offerLanguages).entrySet()) {
            best += LANGUAGE;
            String held = languages.get(l.getKey());
            if (held != null && levelRank(held) >= levelRank(l.getValue())) {
                score += LANGUAGE;
                langMet.add(l.getKey());
            } else {
                langMissing.add(l.getKey());
            }
        }
        boolean country = offerCountry != null && countries.contains(offerCountry);
        if (country) {
            score += COUNTRY;
        }
        return new Match(score, Math.round(100f * score / best), reqMet, reqMissing, wishMet, wishMissing, langMet, langMissing, country);
    }

    /** Whether the candidate matches at all (meets at least one of the offer's skills). */
    public boolean matches() {
        return score > 0;
    }

    /** A CEFR level's rank (A1 lowest, a mother tongue highest); the database compares the codes, which sort the same way. */
    static int levelRank(String level) {
        return Profile.LANGUAGE_LEVELS.indexOf(level);
    }
}
