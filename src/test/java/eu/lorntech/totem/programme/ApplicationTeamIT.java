package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.programme.boundary.ApplicationSummary;
import eu.lorntech.totem.programme.boundary.Applications;
import eu.lorntech.totem.programme.boundary.Calls;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.programme.entity.ProgrammeKind;
import eu.lorntech.totem.programme.entity.TeamMember;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** An application written by a team: the lead names co-founders, who work on it with them; nobody else sees it; no juror is on the team. */
@TotemIT
class ApplicationTeamIT {

    static final String MANAGER = "programmes@totem.example";
    static final Set<String> MANAGER_ROLES = Set.of("PROGRAMME_MANAGER");
    static final String LEAD = "fondatrice@totem.example";
    static final String COFOUNDER = "fondateur2@totem.example";
    static final String OUTSIDER = "musee@totem.example";
    static final String JUROR = "mentor@totem.example";
    static final Set<String> FOUNDER_ROLES = Set.of("FOUNDER");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Calls calls;

    @Inject
    Applications applications;

    @Inject
    Sites sites;

    @Inject
    eu.lorntech.totem.programme.boundary.JuryPlanning planning;

    @Inject
    eu.lorntech.totem.programme.boundary.Jury jury;

    @Inject
    eu.lorntech.totem.identity.boundary.People people;

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TotemDS")
    javax.sql.DataSource dataSource;

    Long openCall() throws Exception {
        Long thipi = sites.all().stream().filter(s -> s.code().equals("thionville")).findFirst().orElseThrow().id();
        Long programme = As.user(MANAGER, MANAGER_ROLES, () -> calls.createProgramme(thipi, ProgrammeKind.INCUBATION,
                "Équipes " + UUID.randomUUID().toString().substring(0, 6), null));
        return As.user(MANAGER, MANAGER_ROLES, () -> calls.openCall(programme, "Appel équipes", Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(10)), false, Map.of("Équipe", 1)));
    }

    @Test
    void theLeadNamesCoFoundersWhoWorkOnTheApplicationWithThem() throws Exception {
        Long call = openCall();
        ApplicationSummary draft = As.user(LEAD, FOUNDER_ROLES, () -> applications.draft(call, "Studio équipe " + call, "Première version"));
        List<Applications.TeamView> team = As.user(LEAD, FOUNDER_ROLES, () -> applications.addTeamMember(draft.id(), COFOUNDER));
        assertEquals(2, team.size());
        assertTrue(team.get(0).lead());
        @SuppressWarnings("unchecked")
        List<String> subjects = em.createNativeQuery("select subject from mail_outbox where recipient = ?1 order by id desc")
                .setParameter(1, COFOUNDER).setMaxResults(1).getResultList();
        assertTrue(subjects.get(0).contains("Studio équipe"), subjects.toString());

        As.user(COFOUNDER, FOUNDER_ROLES, () -> applications.edit(draft.id(), "Version de l’équipe"));
        assertEquals("Version de l’équipe", As.user(LEAD, FOUNDER_ROLES, () -> applications.read(draft.id())).summary());
        assertTrue(As.user(COFOUNDER, FOUNDER_ROLES, () -> applications.mine()).stream().anyMatch(a -> a.id().equals(draft.id())));
        assertTrue(As.user(COFOUNDER, FOUNDER_ROLES, () -> applications.mineFor(call)).isPresent());

        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(OUTSIDER, FOUNDER_ROLES, () -> applications.read(draft.id()))).getKind());
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(OUTSIDER, FOUNDER_ROLES, () -> applications.team(draft.id()))).getKind());
        assertEquals("team.leadOnly", assertThrows(Refusal.class,
                () -> As.user(COFOUNDER, FOUNDER_ROLES, () -> applications.addTeamMember(draft.id(), OUTSIDER))).getMessageKey());
        assertEquals("team.already", assertThrows(Refusal.class,
                () -> As.user(LEAD, FOUNDER_ROLES, () -> applications.addTeamMember(draft.id(), COFOUNDER))).getMessageKey());
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(LEAD, FOUNDER_ROLES, () -> applications.addTeamMember(draft.id(), "nobody@totem.example"))).getKind());

        As.user(COFOUNDER, FOUNDER_ROLES, () -> applications.submit(draft.id()));
        assertEquals("jury.ownApplication", assertThrows(Refusal.class,
                () -> As.user(MANAGER, MANAGER_ROLES, () -> calls.assignJuror(draft.id(), COFOUNDER))).getMessageKey(),
                "a team member is never a juror of the application");
        As.user(MANAGER, MANAGER_ROLES, () -> calls.assignJuror(draft.id(), JUROR));
        assertEquals("team.juror", assertThrows(Refusal.class,
                () -> As.user(LEAD, FOUNDER_ROLES, () -> applications.addTeamMember(draft.id(), JUROR))).getMessageKey());

        Long cofounder = As.user(LEAD, FOUNDER_ROLES, () -> applications.team(draft.id())).get(1).userId();
        As.user(LEAD, FOUNDER_ROLES, () -> applications.removeTeamMember(draft.id(), cofounder));
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class,
                () -> As.user(COFOUNDER, FOUNDER_ROLES, () -> applications.read(draft.id()))).getKind(), "gone with the team");
        assertEquals(1, As.user(LEAD, FOUNDER_ROLES, () -> applications.team(draft.id())).size());
    }

    @Test
    void aJurorIsTakenOffAnApplicationUntilTheyHaveScoredIt() throws Exception {
        Long call = openCall();
        ApplicationSummary a = As.user(LEAD, FOUNDER_ROLES, () -> applications.draft(call, "Projet jury " + call, "Résumé"));
        As.user(LEAD, FOUNDER_ROLES, () -> applications.submit(a.id()));
        Long juror = people.byEmail(JUROR).orElseThrow().id();
        As.user(MANAGER, MANAGER_ROLES, () -> calls.assignJuror(a.id(), JUROR));
        As.run(MANAGER, MANAGER_ROLES, () -> planning.unassign(a.id(), juror));
        assertTrue(As.user(JUROR, Set.of("MENTOR"), () -> jury.assignedToMe()).stream().noneMatch(v -> v.id().equals(a.id())));
        assertEquals("assign.notAssigned", assertThrows(Refusal.class,
                () -> As.run(MANAGER, MANAGER_ROLES, () -> planning.unassign(a.id(), juror))).getMessageKey());

        As.user(MANAGER, MANAGER_ROLES, () -> calls.assignJuror(a.id(), JUROR));
        Long criterion = em.createQuery("select c.id from Criterion c where c.callId = :c", Long.class).setParameter("c", call).getSingleResult();
        As.run(JUROR, Set.of("MENTOR"), () -> jury.score(a.id(), criterion, 7, null));
        assertEquals("jury.alreadyScored", assertThrows(Refusal.class,
                () -> As.run(MANAGER, MANAGER_ROLES, () -> planning.unassign(a.id(), juror))).getMessageKey());
        assertThrows(EJBAccessException.class, () -> As.run(LEAD, FOUNDER_ROLES, () -> planning.unassign(a.id(), juror)));
    }

    /**
     * Ten co-founders added at the same moment to a team of at most nine: the ten adds are released
     * together by a latch; exactly nine get a seat, the tenth is told the team is full (in the lead's
     * language), and the database itself refuses a tenth seat written past the Java check.
     */
    @Test
    void tenCoFoundersAddedAtOnceFillTheNineSeatsAndTheTenthIsTurnedAway() throws Exception {
        Long call = openCall();
        ApplicationSummary draft = As.user(LEAD, FOUNDER_ROLES, () -> applications.draft(call, "Studio course " + call, "Course"));
        org.wildfly.security.auth.server.SecurityDomain domain = org.wildfly.security.auth.server.SecurityDomain.getCurrent();
        Locale leads = Locale.forLanguageTag(people.byEmail(LEAD).orElseThrow().language());
        int racers = TeamMember.MAX_MEMBERS + 1;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(racers);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int n = 2; n < 2 + racers; n++) {
            String cofounder = "fondateur" + n + "@totem.example";
            outcomes.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    As.user(domain, LEAD, FOUNDER_ROLES, () -> applications.addTeamMember(draft.id(), cofounder));
                    return "added";
                } catch (Refusal r) {
                    return Texts.get(leads, r.getMessageKey(), r.getArgs());
                }
            }));
        }
        ready.await();
        go.countDown();
        List<String> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> o : outcomes) {
            results.add(o.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(TeamMember.MAX_MEMBERS, results.stream().filter("added"::equals).count(), results.toString());
        assertEquals(List.of("Une équipe compte au plus 10 personnes."), results.stream().filter(r -> !"added".equals(r)).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), em.createQuery(
                "select t.seat from TeamMember t where t.applicationId = :a order by t.seat", Integer.class)
                .setParameter("a", draft.id()).getResultList(), "nine seats, each once");
        assertEquals(TeamMember.MAX_MEMBERS + 1, As.user(LEAD, FOUNDER_ROLES, () -> applications.team(draft.id())).size());

        Long outsider = people.byEmail(OUTSIDER).orElseThrow().id();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement insert = c.prepareStatement(
                "insert into application_member (application_id, user_id, added_at, seat) values (?, ?, current_timestamp, ?)")) {
            for (int seat : new int[] {TeamMember.MAX_MEMBERS + 1, 3}) {
                insert.setLong(1, draft.id());
                insert.setLong(2, outsider);
                insert.setInt(3, seat);
                assertThrows(java.sql.SQLException.class, insert::executeUpdate, "the database refuses seat " + seat);
            }
        }
    }
}
