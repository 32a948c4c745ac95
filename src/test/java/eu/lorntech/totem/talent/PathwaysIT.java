package eu.lorntech.totem.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.talent.boundary.Pathways;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The pathway board's rules on the server: moves follow the allowed transitions and are kept with who,
 * when and the note; an illegal or stale move saves nothing; two managers moving one card at once make
 * one move; another site's manager finds nothing.
 */
@TotemIT
class PathwaysIT {

    static final String PAULA = "programmes@totem.example";
    static final Set<String> MANAGER = Set.of("PROGRAMME_MANAGER");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Pathways pathways;

    @Inject
    Sites sites;

    @Inject
    UserAdministration admin;

    @PersistenceContext
    EntityManager em;

    Long site(String code) {
        return sites.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    Long newCandidate() throws Exception {
        Long thipi = site("thionville");
        return As.user(PAULA, MANAGER, () -> pathways.addCandidate(thipi, "Candidate " + UUID.randomUUID().toString().substring(0, 8),
                null, null, null, null));
    }

    long moves(Long candidateId) {
        return ((Number) em.createNativeQuery("select count(*) from candidate_move where candidate_id = ?1").setParameter(1, candidateId)
                .getSingleResult()).longValue();
    }

    @Test
    void aMoveIsKeptWithWhoWhenAndTheNoteAndAnIllegalOrStaleMoveSavesNothing() throws Exception {
        Long id = newCandidate();
        As.run(PAULA, MANAGER, () -> pathways.move(id, "DETECTED", "ORIENTED", "Rencontrée au hackathon"));
        Pathways.File file = As.user(PAULA, MANAGER, () -> pathways.file(id));
        assertEquals("ORIENTED", file.stage());
        assertEquals(2, file.history().size(), "detected, then oriented: " + file.history());
        Pathways.Step last = file.history().get(0);
        assertEquals("DETECTED", last.from());
        assertEquals("ORIENTED", last.to());
        assertEquals("Paula Programmes", last.by());
        assertEquals("Rencontrée au hackathon", last.note());
        assertEquals(0, last.daysInFrom());

        Refusal illegal = assertThrows(Refusal.class, () -> As.run(PAULA, MANAGER, () -> pathways.move(id, "ORIENTED", "DETECTED", null)));
        assertEquals("talent.move.notAllowed", illegal.getMessageKey());
        Refusal stale = assertThrows(Refusal.class, () -> As.run(PAULA, MANAGER, () -> pathways.move(id, "DETECTED", "LEFT", null)));
        assertEquals("talent.move.changed", stale.getMessageKey(), "the card was moved since it was shown");
        Refusal unknown = assertThrows(Refusal.class, () -> As.run(PAULA, MANAGER, () -> pathways.move(id, "ORIENTED", "ASTRONAUT", null)));
        assertEquals("talent.stage.unknown", unknown.getMessageKey());
        assertEquals(2, moves(id), "nothing saved by the refused moves");
        assertEquals("ORIENTED", As.user(PAULA, MANAGER, () -> pathways.file(id)).stage());
    }

    @Test
    void twoManagersMovingOneCardAtOnceMakeOneMoveAndTheOtherIsToldItChanged() throws Exception {
        Long id = newCandidate();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String target : List.of("ORIENTED", "LEFT")) {
                Callable<String> move = () -> {
                    start.await();
                    try {
                        As.run(PAULA, MANAGER, () -> pathways.move(id, "DETECTED", target, null));
                        return "moved";
                    } catch (Refusal r) {
                        return r.getMessageKey();
                    }
                };
                outcomes.add(pool.submit(move));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertEquals(1, results.stream().filter("moved"::equals).count(), "one move wins: " + results);
            assertTrue(results.contains("talent.move.changed"), "the other is told the card changed: " + results);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, moves(id), "detected and one move, never two");
    }

    @Test
    void anotherSitesManagerFindsNoCandidateOfThisSiteAndCannotReadItsBoard() throws Exception {
        Long id = newCandidate();
        String other = "pm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long menil = site("menil-flin");
        As.user("admin@totem.example", Set.of("ADMIN"), () -> admin.create(new UserAdministration.NewUser(other, "Other Manager",
                "another calm orchard 2031", Language.FR, menil, EnumSet.of(Role.PROGRAMME_MANAGER))));
        Refusal read = assertThrows(Refusal.class, () -> As.user(other, MANAGER, () -> pathways.file(id)));
        assertEquals("talent.candidate.notFound", read.getMessageKey(), "as an unknown id: nobody learns it exists");
        Refusal move = assertThrows(Refusal.class, () -> As.run(other, MANAGER, () -> pathways.move(id, "DETECTED", "ORIENTED", null)));
        assertEquals("talent.candidate.notFound", move.getMessageKey());
        Long thipi = site("thionville");
        Refusal board = assertThrows(Refusal.class, () -> As.user(other, MANAGER, () -> pathways.board(thipi, null, null, null)));
        assertEquals("talent.site.notYours", board.getMessageKey());
        assertEquals(1, moves(id), "nothing saved");
        assertTrue(As.user(other, MANAGER, () -> pathways.board(menil, null, null, null)).cards().stream()
                .noneMatch(c -> c.id().equals(id)), "their own board holds only their site's candidates");
    }

    @Inject
    eu.lorntech.totem.talent.boundary.Retention retention;

    @Test
    void aConsentRunOutPastTheGracePeriodIsAnonymisedAndLeavesTheBoardButNotTheFigures() throws Exception {
        Long thipi = site("thionville");
        String name = "Expired " + UUID.randomUUID().toString().substring(0, 8);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        Long old = As.user(PAULA, MANAGER, () -> pathways.addCandidate(thipi, name, "old@example.org", null, null, today.minusDays(91)));
        Long recent = As.user(PAULA, MANAGER, () -> pathways.addCandidate(thipi, name + " bis", null, null, null, today.minusDays(89)));
        As.run(PAULA, MANAGER, () -> pathways.move(old, "DETECTED", "ORIENTED", "Note nominative"));
        long before = As.user(PAULA, MANAGER, () -> pathways.outcomesPerAction(thipi, "elsewhere")).stream()
                .mapToLong(Pathways.OutcomeRow::total).sum();
        int done = As.user("admin@totem.example", Set.of("ADMIN"), () -> retention.anonymiseOn(today));
        assertTrue(done >= 1, "at least the one run out 91 days ago: " + done);
        Refusal gone = assertThrows(Refusal.class, () -> As.user(PAULA, MANAGER, () -> pathways.file(old)));
        assertEquals("talent.candidate.notFound", gone.getMessageKey());
        assertTrue(As.user(PAULA, MANAGER, () -> pathways.board(thipi, null, null, null)).cards().stream()
                .noneMatch(c -> c.id().equals(old)), "off the board");
        assertEquals("DETECTED", As.user(PAULA, MANAGER, () -> pathways.file(recent)).stage(), "89 days: still within the grace period");
        Object[] row = (Object[]) em.createNativeQuery("select name, email, anonymised_at from candidate where id = ?1").setParameter(1, old)
                .getSingleResult();
        assertTrue(!String.valueOf(row[0]).contains("Expired") && row[1] == null && row[2] != null, java.util.Arrays.toString(row));
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from candidate_move where candidate_id = ?1 and note is not null")
                .setParameter(1, old).getSingleResult()).longValue(), "the notes of the moves forgotten");
        long after = As.user(PAULA, MANAGER, () -> pathways.outcomesPerAction(thipi, "elsewhere")).stream()
                .mapToLong(Pathways.OutcomeRow::total).sum();
        assertEquals(before, after, "still counted in the outcome figures");
    }

    @Test
    void theDemoBoardHoldsEveryStageAndTheAverageDaysSpentInThem() throws Exception {
        Long thipi = site("thionville");
        Pathways.Board board = As.user(PAULA, MANAGER, () -> pathways.board(thipi, null, null, null));
        Set<String> stages = new java.util.TreeSet<>();
        board.cards().forEach(c -> stages.add(c.stage()));
        assertEquals(Set.of("DETECTED", "ORIENTED", "IN_TRAINING", "INTERNSHIP", "HIRED", "FOUNDER", "LEFT"), stages);
        assertTrue(board.averageDays().get("DETECTED") > 0, "days spent detected before moving on: " + board.averageDays());
        assertTrue(board.cards().stream().anyMatch(Pathways.Card::consentExpired), "consents run out are flagged for renewal");
        assertTrue(board.cards().stream().anyMatch(c -> !c.consentExpired()));
        Pathways.Board interns = As.user(PAULA, MANAGER, () -> pathways.board(thipi, null, null, "INTERNSHIP"));
        assertTrue(!interns.cards().isEmpty() && interns.cards().stream().allMatch(c -> c.stage().equals("INTERNSHIP")));
    }
}
