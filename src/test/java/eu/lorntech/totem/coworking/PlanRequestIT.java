package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.coworking.boundary.PlanRequests;
import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.Refusal;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityDomain;

/** A member without a plan asks for one; a space manager approves it in one click (H2 and MariaDB). */
@TotemIT
class PlanRequestIT {

    static final String MANAGER = "espaces@totem.example";
    static final Set<String> MANAGER_ROLES = Set.of("SPACE_MANAGER", "MEMBER");
    static final Set<String> MEMBER_ROLES = Set.of("MEMBER");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    PlanRequests requests;

    @Inject
    SpaceManagement management;

    @Inject
    UserAdministration admin;

    @Inject
    Sites sites;

    @PersistenceContext
    EntityManager em;

    Long site(String code) {
        return sites.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    String newMember() throws Exception {
        String email = "nouveau-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        As.user("admin@totem.example", Set.of("ADMIN"), () -> admin.create(new UserAdministration.NewUser(email, "Nouveau Membre",
                "Moselle-" + UUID.randomUUID() + "-Velo", Language.DE, site("thionville"), EnumSet.of(Role.MEMBER))));
        return email;
    }

    long count(String sql, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @Test
    void aMemberAsksForAPlanAndTheManagerApprovesItInOneClickTheMemberBeingMailed() throws Exception {
        String member = newMember();
        Long thipi = site("thionville");
        PlanRequests.MyPlan before = As.user(member, MEMBER_ROLES, () -> requests.mine(thipi));
        assertNull(before.current());
        assertTrue(before.canRequest(), "a member without a plan is offered the site's plans");
        Long metered = before.offered().stream().filter(p -> !p.unlimited()).findFirst().orElseThrow().id();

        As.run(member, MEMBER_ROLES, () -> requests.request(metered));
        PlanRequests.MyPlan waiting = As.user(member, MEMBER_ROLES, () -> requests.mine(thipi));
        assertFalse(waiting.canRequest());
        assertEquals("planRequest.alreadyPending",
                assertThrows(Refusal.class, () -> As.run(member, MEMBER_ROLES, () -> requests.request(metered))).getMessageKey());

        PlanRequests.Waiting w = As.user(MANAGER, MANAGER_ROLES, () -> requests.waiting(thipi)).stream()
                .filter(r -> r.memberEmail().equals(member)).findFirst().orElseThrow();
        As.run(MANAGER, MANAGER_ROLES, () -> requests.approve(w.id()));

        PlanRequests.MyPlan after = As.user(member, MEMBER_ROLES, () -> requests.mine(thipi));
        assertEquals(waiting.requested(), after.current(), "the member holds the plan asked for");
        assertNull(after.requested());
        assertTrue(As.user(MANAGER, MANAGER_ROLES, () -> requests.waiting(thipi)).stream().noneMatch(r -> r.id().equals(w.id())));
        assertEquals("planRequest.alreadyDecided",
                assertThrows(Refusal.class, () -> As.run(MANAGER, MANAGER_ROLES, () -> requests.approve(w.id()))).getMessageKey(),
                "a replayed approval changes nothing");
        @SuppressWarnings("unchecked")
        List<String> subjects = em.createNativeQuery("select subject from mail_outbox where recipient = ?1").setParameter(1, member)
                .getResultList();
        assertTrue(subjects.stream().anyMatch(s -> s.contains(after.current()) && s.contains("aktiv")), "mailed in German: " + subjects);
    }

    @Test
    void onlyAManagerOfThePlansSiteDecides() throws Exception {
        String member = newMember();
        Long thipi = site("thionville");
        Long plan = As.user(member, MEMBER_ROLES, () -> requests.mine(thipi)).offered().get(0).id();
        As.run(member, MEMBER_ROLES, () -> requests.request(plan));
        Long id = As.user(MANAGER, MANAGER_ROLES, () -> requests.waiting(thipi)).stream()
                .filter(r -> r.memberEmail().equals(member)).findFirst().orElseThrow().id();
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> As.run(member, MEMBER_ROLES, () -> requests.approve(id)),
                "a member cannot approve their own request");
        Refusal elsewhere = assertThrows(Refusal.class, () -> As.run("evenements@totem.example", Set.of("SPACE_MANAGER"),
                () -> requests.approve(id)));
        assertEquals(Refusal.Kind.NOT_FOUND, elsewhere.getKind(), "a manager without this site does not even see it");
        assertEquals(1, count("select count(*) from plan_request where id = ?1 and status = 'PENDING'", id));
        assertEquals(0, count("select count(*) from subscription s join app_user u on u.id = s.user_id where u.email = ?1", member));
    }

    /** Ten requests of one member at the same moment: the database's unique key keeps exactly one waiting. */
    @Test
    void concurrentRequestsOfOneMemberLeaveOneWaiting() throws Exception {
        String member = newMember();
        Long thipi = site("thionville");
        Long plan = As.user(member, MEMBER_ROLES, () -> requests.mine(thipi)).offered().get(0).id();
        SecurityDomain domain = SecurityDomain.getCurrent();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(pool.submit(() -> {
                gate.await();
                try {
                    As.run(domain, member, MEMBER_ROLES, () -> requests.request(plan));
                    return "sent";
                } catch (Refusal r) {
                    return r.getMessageKey();
                }
            }));
        }
        gate.countDown();
        List<String> seen = new ArrayList<>();
        for (Future<String> o : outcomes) {
            seen.add(o.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, seen.stream().filter("sent"::equals).count(), seen.toString());
        assertEquals(9, seen.stream().filter("planRequest.alreadyPending"::equals).count(), seen.toString());
        assertEquals(1, count("select count(*) from plan_request r join app_user u on u.id = r.user_id "
                + "where u.email = ?1 and r.status = 'PENDING'", member));
    }
}
