package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.dashboard.DashboardCard;
import eu.lorntech.totem.platform.dashboard.DashboardContributor;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.programme.boundary.ApplicationSummary;
import eu.lorntech.totem.programme.boundary.Applications;
import eu.lorntech.totem.programme.boundary.ApplicationsTable;
import eu.lorntech.totem.programme.boundary.Calls;
import eu.lorntech.totem.programme.boundary.Jury;
import eu.lorntech.totem.programme.boundary.OpenCalls;
import eu.lorntech.totem.programme.entity.ApplicationStatus;
import eu.lorntech.totem.programme.entity.ProgrammeKind;
import eu.lorntech.totem.programme.entity.Ranking;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Instance;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** A call from opening to ranking, inside the server: ownership, conflicts, deadlines, scores. */
@TotemIT
class ProgrammeIT {

    static final String MANAGER = "programmes@totem.example";
    static final Set<String> MANAGER_ROLES = Set.of("PROGRAMME_MANAGER");
    static final String FOUNDER = "fondatrice@totem.example";
    static final String OTHER_FOUNDER = "musee@totem.example";
    static final Set<String> FOUNDER_ROLES = Set.of("FOUNDER");
    static final String JUROR = "mentor@totem.example";
    static final Set<String> JUROR_ROLES = Set.of("MENTOR");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Calls calls;

    @Inject
    Applications applications;

    @Inject
    Jury jury;

    @Inject
    ApplicationsTable applicationsTable;

    @Inject
    Sites sites;

    @Inject
    OpenCalls openCalls;

    @Inject
    Instance<DashboardContributor> contributors;

    @PersistenceContext
    EntityManager em;

    Long thipi() {
        return sites.all().stream().filter(s -> s.code().equals("thionville")).findFirst().orElseThrow().id();
    }

    Long openCall(Instant opens, Instant closes) throws Exception {
        Long programme = As.user(MANAGER, MANAGER_ROLES, () -> calls.createProgramme(thipi(), ProgrammeKind.INCUBATION,
                "Incubation " + UUID.randomUUID().toString().substring(0, 6), null));
        Map<String, Integer> criteria = new LinkedHashMap<>();
        criteria.put("Équipe", 3);
        criteria.put("Marché", 1);
        return As.user(MANAGER, MANAGER_ROLES, () -> calls.openCall(programme, "Appel", opens, closes, false, criteria));
    }

    Long criterion(Long callId, String name) {
        return em.createQuery("select c.id from Criterion c where c.callId = :c and c.name = :n", Long.class)
                .setParameter("c", callId).setParameter("n", name).getSingleResult();
    }

    @Test
    void aManagerListsTheCallsOfTheSitesTheyManageOnly() throws Exception {
        Long call = openCall(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(10)));
        Long menil = sites.all().stream().filter(s -> s.code().equals("menil-flin")).findFirst().orElseThrow().id();
        assertTrue(As.user(MANAGER, MANAGER_ROLES, () -> openCalls.ofSite(thipi())).stream().anyMatch(c -> c.id().equals(call)));
        assertEquals(List.of(), As.user(MANAGER, MANAGER_ROLES, () -> openCalls.ofSite(menil)), "Thi'Pi's manager does not manage Ménil-Flin");
        assertThrows(EJBAccessException.class, () -> As.user(FOUNDER, FOUNDER_ROLES, () -> openCalls.ofSite(thipi())));
    }

    /** Every module's cards for the roles asked, as the dashboard page asks them. */
    List<String> cards(Set<String> asked, Long siteId) {
        return contributors.stream().flatMap(c -> c.cards(asked, siteId).stream()).map(DashboardCard::labelKey).toList();
    }

    @Test
    void dashboardCardsFollowTheRolesTheCallerHoldsNotThoseAskedFor() throws Exception {
        Set<String> managers = Set.of("FOUNDER", "PROGRAMME_MANAGER", "SPACE_MANAGER", "ADMIN");
        List<String> founder = As.user(FOUNDER, FOUNDER_ROLES, () -> cards(managers, thipi()));
        for (String managersOnly : List.of("dashboard.startupsInCohorts", "dashboard.bookingsToday", "dashboard.activeUsers")) {
            assertTrue(!founder.contains(managersOnly), "a founder asking for " + managersOnly);
        }
        Long menil = sites.all().stream().filter(s -> s.code().equals("menil-flin")).findFirst().orElseThrow().id();
        assertTrue(!As.user(MANAGER, MANAGER_ROLES, () -> cards(MANAGER_ROLES, menil)).contains("dashboard.startupsInCohorts"),
                "Thi'Pi's manager sees no manager cards of Ménil-Flin");
        assertTrue(As.user(MANAGER, MANAGER_ROLES, () -> cards(MANAGER_ROLES, thipi())).contains("dashboard.startupsInCohorts"));
    }

    @Test
    void fromApplicationToRankingWithOwnershipAndConflicts() throws Exception {
        Long call = openCall(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(10)));
        ApplicationSummary mine = As.user(FOUNDER, FOUNDER_ROLES, () -> applications.draft(call, "Studio Fensch", "Animation 3D"));
        ApplicationSummary theirs = As.user(OTHER_FOUNDER, FOUNDER_ROLES, () -> applications.draft(call, "Musée", "Vélos et motos"));
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES, () -> applications.read(mine.id()))).getKind(), "not theirs to read");
        assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES, () -> applications.edit(mine.id(), "hijack")));
        As.user(FOUNDER, FOUNDER_ROLES, () -> applications.submit(mine.id()));
        As.user(OTHER_FOUNDER, FOUNDER_ROLES, () -> applications.submit(theirs.id()));

        assertThrows(EJBAccessException.class,
                () -> As.user(FOUNDER, FOUNDER_ROLES, () -> calls.ranking(call)), "founders do not see the ranking");
        As.user(MANAGER, MANAGER_ROLES, () -> calls.assignJuror(mine.id(), JUROR));
        As.user(MANAGER, MANAGER_ROLES, () -> calls.assignJuror(theirs.id(), JUROR));
        As.user(MANAGER, MANAGER_ROLES, () -> calls.assignJuror(theirs.id(), "espaces@totem.example"));
        // the managers see the jurors assigned before anyone has scored
        Map<Long, Integer> rankedJurors = new LinkedHashMap<>();
        As.user(MANAGER, MANAGER_ROLES, () -> calls.rankingTable(call))
                .forEach(r -> rankedJurors.put(r.application().id(), r.jurors()));
        assertEquals(Map.of(mine.id(), 1, theirs.id(), 2), rankedJurors, "jurors in the ranking");
        Map<Long, Long> tableJurors = new LinkedHashMap<>();
        As.user(MANAGER, MANAGER_ROLES, () -> applicationsTable.page(call, new PageRequest(0, 20, "jurors", false, null))).rows()
                .forEach(r -> tableJurors.put(r.id(), r.jurors()));
        assertEquals(Map.of(mine.id(), 1L, theirs.id(), 2L), tableJurors, "jurors in the applications table");

        List<ApplicationSummary> assigned = As.user(JUROR, JUROR_ROLES, () -> jury.assignedToMe());
        assertTrue(assigned.stream().anyMatch(a -> a.id().equals(mine.id())));
        Long team = criterion(call, "Équipe");
        Long market = criterion(call, "Marché");
        assertEquals("score.outOfRange", assertThrows(Refusal.class,
                () -> As.run(JUROR, JUROR_ROLES, () -> jury.score(mine.id(), team, 11, null))).getMessageKey());
        As.run(JUROR, JUROR_ROLES, () -> jury.score(mine.id(), team, 8, "Équipe solide"));
        As.run(JUROR, JUROR_ROLES, () -> jury.score(mine.id(), market, 4, null));
        As.run(JUROR, JUROR_ROLES, () -> jury.declareConflict(theirs.id()));
        assertEquals("jury.conflictDeclared", assertThrows(Refusal.class,
                () -> As.run(JUROR, JUROR_ROLES, () -> jury.score(theirs.id(), team, 9, null))).getMessageKey());
        assertTrue(As.user(JUROR, JUROR_ROLES, () -> jury.assignedToMe()).stream().noneMatch(a -> a.id().equals(theirs.id())),
                "a conflict takes the application off the list");
        As.run("espaces@totem.example", Set.of("MEMBER"), () -> jury.score(theirs.id(), team, 5, null));
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.run("espaces@totem.example", Set.of("MEMBER"), () -> jury.score(mine.id(), team, 10, null))).getKind(),
                "not assigned: cannot score");

        List<Ranking.Ranked> ranking = As.user(MANAGER, MANAGER_ROLES, () -> calls.ranking(call));
        assertEquals(mine.id(), ranking.get(0).applicationId());
        assertEquals(7.0, ranking.get(0).score(), 1e-9, "(8 x 3 + 4 x 1) / 4");
        assertEquals(1, ranking.get(0).jurors());
        assertEquals(5.0, ranking.get(1).score(), 1e-9);

        As.run(MANAGER, MANAGER_ROLES, () -> calls.decide(mine.id(), ApplicationStatus.ACCEPTED));
        assertEquals("ACCEPTED", As.user(FOUNDER, FOUNDER_ROLES, () -> applications.read(mine.id())).status());
    }

    @Test
    void nothingIsWrittenOrSubmittedAfterTheDeadline() throws Exception {
        Long closed = openCall(Instant.now().minus(Duration.ofDays(10)), Instant.now().minus(Duration.ofMinutes(1)));
        assertEquals("call.closed", assertThrows(Refusal.class,
                () -> As.user(FOUNDER, FOUNDER_ROLES, () -> applications.draft(closed, "Late", "x"))).getMessageKey());
        assertEquals(0L, em.createQuery("select count(a) from Application a where a.call.id = :c", Long.class)
                .setParameter("c", closed).getSingleResult());
    }
}
