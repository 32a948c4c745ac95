package eu.lorntech.totem.talent.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.platform.Refusal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matching score and its explanation, the application steps, and an offer's terms. */
class MatchTest {

    static final List<Requirement> SKILLS = List.of(new Requirement(1L, true, 2), new Requirement(2L, true, 3), new Requirement(3L, false, 1));

    @Test
    void everythingMetScoresTheBestPossibleAndSaysSo() {
        Match m = Match.of(SKILLS, Map.of("de", "B1", "fr", "C1"), "LU", Map.of(1L, 2, 2L, 4, 3L, 1), Map.of("de", "B2", "fr", "NATIVE"), Set.of("LU", "FR"));
        assertEquals(3 + 3 + 1 + 2 + 2 + 1, m.score());
        assertEquals(100, m.percent());
        assertEquals(List.of(1L, 2L), m.requiredMet());
        assertTrue(m.requiredMissing().isEmpty() && m.wishedMissing().isEmpty() && m.languagesMissing().isEmpty());
        assertEquals(List.of("de", "fr"), m.languagesMet());
        assertTrue(m.countryMet());
    }

    @Test
    void aLevelBelowTheLeastLevelIsMissingAndExplainedSo() {
        Match m = Match.of(SKILLS, Map.of("de", "B2"), "DE", Map.of(1L, 1, 2L, 3), Map.of("de", "B1"), Set.of("FR"));
        assertEquals(3, m.score(), "only skill 2 (required, level 3 of 3)");
        assertEquals(List.of(2L), m.requiredMet());
        assertEquals(List.of(1L), m.requiredMissing(), "level 1 is below the least level 2");
        assertEquals(List.of(3L), m.wishedMissing());
        assertEquals(List.of("de"), m.languagesMissing(), "B1 is below B2");
        assertFalse(m.countryMet());
        assertEquals(Math.round(100f * 3 / (3 + 3 + 1 + 2 + 1)), m.percent());
    }

    @Test
    void aMotherTongueMeetsEveryLevelAndCefrLevelsAreOrdered() {
        Match native_ = Match.of(SKILLS, Map.of("lb", "C2"), "LU", Map.of(1L, 4), Map.of("lb", "NATIVE"), Set.of());
        assertEquals(List.of("lb"), native_.languagesMet());
        assertTrue(Match.levelRank("A2") < Match.levelRank("B1") && Match.levelRank("C2") < Match.levelRank("NATIVE"));
        // the database compares the codes as strings: the same order
        List<String> levels = Profile.LANGUAGE_LEVELS;
        assertEquals(levels, levels.stream().sorted().toList());
    }

    @Test
    void meetingNoSkillIsNoMatchWhateverTheLanguagesAndCountry() {
        Match m = Match.of(SKILLS, Map.of("fr", "A1"), "FR", Map.of(9L, 4), Map.of("fr", "NATIVE"), Set.of("FR"));
        assertEquals(0, m.score());
        assertFalse(m.matches());
    }

    @Test
    void applicationStepsGoForwardOnlyAndEndAtAHireOrARefusal() {
        assertEquals(EnumSet.of(ApplicationStatus.INTERVIEW, ApplicationStatus.DECLINED), ApplicationStatus.RECEIVED.next());
        assertEquals(EnumSet.of(ApplicationStatus.HIRED, ApplicationStatus.DECLINED), ApplicationStatus.OFFER.next());
        assertTrue(ApplicationStatus.HIRED.next().isEmpty() && ApplicationStatus.DECLINED.next().isEmpty());
        JobApplication a = new JobApplication(1L, 2L, " Bonjour ", java.time.Instant.now());
        assertEquals("Bonjour", a.getMessage());
        Refusal skip = assertThrows(Refusal.class, () -> a.moveTo(ApplicationStatus.RECEIVED, ApplicationStatus.HIRED, null, 1L, java.time.Instant.now()));
        assertEquals("offer.application.notAllowed", skip.getMessageKey());
        Refusal stale = assertThrows(Refusal.class, () -> a.moveTo(ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER, null, 1L, java.time.Instant.now()));
        assertEquals("offer.application.changed", stale.getMessageKey());
        assertEquals(ApplicationStatus.INTERVIEW, a.moveTo(ApplicationStatus.RECEIVED, ApplicationStatus.INTERVIEW, "Mardi ?", 1L, java.time.Instant.now())
                .getStatus());
        assertEquals(ApplicationStatus.INTERVIEW, a.getStatus());
    }

    @Test
    void anOffersTermsAreRefusedAsAWhole() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        Offer o = new Offer(1L, 1L, 1L, java.time.Instant.now());
        Offer.Terms good = new Offer.Terms(OfferKind.JOB, "Développeur", null, "Metz", "FR", Contract.PERMANENT, today, today.plusDays(30), SKILLS, Map.of());
        o.describe(good, today, id -> true);
        assertEquals("Développeur", o.getTitle());
        Refusal past = assertThrows(Refusal.class, () -> o.describe(new Offer.Terms(OfferKind.JOB, "Autre", null, "Metz", "FR", Contract.PERMANENT,
                today.minusDays(40), today.minusDays(1), SKILLS, Map.of()), today, id -> true));
        assertEquals("offer.dates.invalid", past.getMessageKey());
        Refusal unknown = assertThrows(Refusal.class, () -> o.describe(good, today, id -> id != 2L));
        assertEquals("talent.profile.skill.unknown", unknown.getMessageKey());
        Refusal twice = assertThrows(Refusal.class, () -> o.describe(new Offer.Terms(OfferKind.JOB, "Autre", null, "Metz", "FR", Contract.PERMANENT, today,
                today.plusDays(3), List.of(new Requirement(1L, true, 1), new Requirement(1L, false, 2)), Map.of()), today, id -> true));
        assertEquals("offer.skills.twice", twice.getMessageKey());
        assertEquals("Développeur", o.getTitle(), "nothing changed by the refused terms");
        assertTrue(o.isOpen(today) && !o.isOpen(today.plusDays(31)));
    }
}
