package eu.lorntech.totem.talent.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.platform.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileTest {

    final Candidate c = new Candidate(1L, "Chloé", null, null, null, null, Instant.parse("2026-10-01T08:00:00Z"));

    @Test
    void aProfileIsReplacedAsAWhole() {
        c.describe(Map.of(1L, 3, 2L, 1), Map.of("fr", "NATIVE", "de", "B1"), Set.of("FR", "LU"), LocalDate.of(2027, 1, 4), id -> true);
        assertEquals(Map.of(1L, 3, 2L, 1), c.getSkills());
        c.describe(Map.of(2L, 4), Map.of("en", "C1"), Set.of("DE"), null, id -> true);
        assertEquals(Map.of(2L, 4), c.getSkills());
        assertEquals(Map.of("en", "C1"), c.getLanguages());
        assertEquals(Set.of("DE"), c.getCountries());
        assertEquals(null, c.getAvailableFrom());
    }

    @Test
    void anythingNotAllowedIsRefusedAndNothingChanges() {
        c.describe(Map.of(1L, 2), Map.of("fr", "NATIVE"), Set.of("FR"), null, id -> true);
        assertRefused("talent.profile.skillLevel.range", () -> c.describe(Map.of(1L, 5), Map.of(), Set.of(), null, id -> true));
        assertRefused("talent.profile.skillLevel.range", () -> c.describe(Map.of(1L, 0), Map.of(), Set.of(), null, id -> true));
        assertRefused("talent.profile.skill.unknown", () -> c.describe(Map.of(99L, 2), Map.of(), Set.of(), null, id -> id < 10));
        assertRefused("talent.profile.language.unknown", () -> c.describe(Map.of(), Map.of("xx", "B1"), Set.of(), null, id -> true));
        assertRefused("talent.profile.languageLevel.unknown", () -> c.describe(Map.of(), Map.of("de", "D9"), Set.of(), null, id -> true));
        assertRefused("talent.profile.country.unknown", () -> c.describe(Map.of(), Map.of(), Set.of("US"), null, id -> true));
        assertEquals(Map.of(1L, 2), c.getSkills(), "the profile as it was");
        assertEquals(Map.of("fr", "NATIVE"), c.getLanguages());
        assertEquals(Set.of("FR"), c.getCountries());
    }

    @Test
    void consentRunsOutOnItsDate() {
        assertTrue(c.consentExpired(LocalDate.of(2026, 12, 1)), "never given");
        c.renewConsent(LocalDate.of(2026, 12, 1), 2);
        assertEquals(LocalDate.of(2028, 12, 1), c.getConsentUntil());
        assertFalse(c.consentExpired(LocalDate.of(2028, 12, 1)));
        assertTrue(c.consentExpired(LocalDate.of(2028, 12, 2)));
    }

    @Test
    void anonymisingForgetsWhoTheCandidateWasAndKeepsTheStage() {
        Candidate who = new Candidate(1L, "Léa Muller", "lea@example.org", 3L, 4L, LocalDate.of(2026, 1, 1), Instant.parse("2025-10-01T08:00:00Z"));
        who.ownedBy(42L);
        who.describe(Map.of(1L, 2), Map.of("de", "B2"), Set.of("LU"), LocalDate.of(2026, 2, 1), id -> true);
        who.moveTo(Stage.DETECTED, Stage.ORIENTED, 7L, null, Instant.parse("2025-11-01T08:00:00Z"));
        who.anonymise(Instant.parse("2026-04-02T03:30:00Z"));
        assertTrue(who.isAnonymised());
        assertFalse(who.getName().contains("Léa"));
        assertEquals(null, who.getEmail());
        assertEquals(null, who.getUserId());
        assertTrue(who.getSkills().isEmpty() && who.getLanguages().isEmpty() && who.getCountries().isEmpty());
        assertEquals(Stage.ORIENTED, who.getStage(), "the stage still counts in the figures");
        assertEquals(3L, who.getSchoolId());
    }

    static void assertRefused(String key, org.junit.jupiter.api.function.Executable action) {
        assertEquals(key, assertThrows(Refusal.class, action).getMessageKey());
    }
}
