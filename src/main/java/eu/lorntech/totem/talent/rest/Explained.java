package eu.lorntech.totem.talent.rest;

import eu.lorntech.totem.talent.entity.Match;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A match's score and its explanation, the skills named in the reader's language. */
@Schema(name = "MatchExplanation", description = "Score (3 per required skill met, 1 per wished skill, 2 per language, 1 for the country) and what matched or is missing")
public record Explained(int score, @Schema(description = "Score out of the best possible for this offer, 0 to 100") int percent,
        List<SkillRef> requiredMet, List<SkillRef> requiredMissing, List<SkillRef> wishedMet, List<SkillRef> wishedMissing,
        @Schema(description = "ISO 639-1 codes") List<String> languagesMet, List<String> languagesMissing, boolean countryMet) {

    @Schema(name = "SkillRef")
    public record SkillRef(Long id, String label) {
    }

    static Explained of(Match m, Map<Long, String> labels) {
        return new Explained(m.score(), m.percent(), refs(m.requiredMet(), labels), refs(m.requiredMissing(), labels), refs(m.wishedMet(), labels),
                refs(m.wishedMissing(), labels), m.languagesMet(), m.languagesMissing(), m.countryMet());
    }

    private static List<SkillRef> refs(List<Long> ids, Map<Long, String> labels) {
        return ids.stream().map(id -> new SkillRef(id, labels.getOrDefault(id, "?"))).toList();
    }

    static Locale locale(jakarta.ws.rs.core.HttpHeaders headers) {
        for (Locale l : headers.getAcceptableLanguages()) {
            if (List.of("fr", "en", "de").contains(l.getLanguage())) {
                return l;
            }
        }
        return Locale.FRENCH;
    }
}
