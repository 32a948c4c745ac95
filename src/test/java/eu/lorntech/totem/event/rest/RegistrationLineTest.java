package eu.lorntech.totem.event.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.boundary.Registrations.Guest;
import eu.lorntech.totem.event.boundary.Registrations.Outcome;
import eu.lorntech.totem.event.boundary.Registrations.Placed;
import eu.lorntech.totem.event.boundary.Registrations.Signup;
import eu.lorntech.totem.event.entity.Registration.Person;
import eu.lorntech.totem.platform.Refusal;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The lines' own logic, their threads run by hand: one line per event with one server at a time,
 * batches of at most 50 in arrival order, a failed batch taken again one by one, and a full line
 * refused.
 */
class RegistrationLineTest {

    /** An executor whose tasks wait until the test runs them, one at a time. */
    static final class Tasks {
        final ArrayDeque<Runnable> queued = new ArrayDeque<>();

        ManagedExecutorService executor() {
            return (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ManagedExecutorService.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("execute")) {
                            queued.add((Runnable) args[0]);
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    /** The boundary as the line sees it: what each batch held, and how it answers. */
    static final class FakeRegistrations extends Registrations {
        final List<List<String>> batches = new ArrayList<>();
        final List<String> alone = new ArrayList<>();
        Function<List<Guest>, List<Outcome>> batchAnswer = guests -> guests.stream().map(g -> placed(g)).toList();

        @Override
        public List<Outcome> registerGuests(Long eventId, List<Guest> guests) {
            batches.add(guests.stream().map(g -> eventId + ":" + g.signup().lead().email()).toList());
            return batchAnswer.apply(guests);
        }

        @Override
        public List<Placed> register(Long eventId, Signup signup, String client) {
            alone.add(signup.lead().email());
            if (signup.lead().email().startsWith("taken")) {
                throw Refusal.conflict("event.registration.duplicate", signup.lead().email());
            }
            return List.of(new Placed(1L, signup.lead().name(), signup.lead().email(), "CONFIRMED", null, "ALONE"));
        }

        static Outcome placed(Guest g) {
            return new Outcome(List.of(new Placed(1L, g.signup().lead().name(), g.signup().lead().email(), "CONFIRMED", null, "BATCH")), null);
        }
    }

    final Tasks tasks = new Tasks();
    final FakeRegistrations registrations = new FakeRegistrations();

    RegistrationLine line(int longest) {
        RegistrationLine line = new RegistrationLine(longest);
        line.threads = tasks.executor();
        line.registrations = registrations;
        return line;
    }

    static Signup signup(String email) {
        return new Signup(new Person("Guest", email, null), List.of(), true, Map.of(), "fr", Set.of());
    }

    static List<Placed> answer(java.util.concurrent.CompletionStage<List<Placed>> stage) throws Exception {
        CompletableFuture<List<Placed>> f = stage.toCompletableFuture();
        assertTrue(f.isDone(), "answered once the threads have run");
        return f.get();
    }

    @Test
    void eachEventHasItsLineAndItsServerTakingThoseWaitingInArrivalOrder() throws Exception {
        RegistrationLine line = line(100);
        var a = line.join(1L, signup("a@example.org"), "10.0.0.1");
        var b = line.join(2L, signup("b@example.org"), "10.0.0.1");
        var c = line.join(1L, signup("c@example.org"), "10.0.0.1");
        assertEquals(2, tasks.queued.size(), "one server per event, not one per guest");
        tasks.runAll();
        assertEquals(List.of(List.of("1:a@example.org", "1:c@example.org"), List.of("2:b@example.org")), registrations.batches,
                "one batch per event, in the order its guests came");
        assertEquals("BATCH", answer(a).get(0).ticket());
        assertEquals("BATCH", answer(b).get(0).ticket());
        assertEquals("BATCH", answer(c).get(0).ticket());
        assertTrue(tasks.queued.isEmpty(), "the servers stop once their lines are empty");
    }

    @Test
    void oneServerAnEventAtMostFiftyABatchAndQueuedAgainBetweenBatches() throws Exception {
        RegistrationLine line = line(1000);
        List<java.util.concurrent.CompletionStage<List<Placed>>> answers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            answers.add(line.join(7L, signup("g" + i + "@example.org"), "10.0.0.1"));
        }
        assertEquals(1, tasks.queued.size(), "one server for the event");
        tasks.queued.poll().run();
        assertEquals(List.of(50), registrations.batches.stream().map(List::size).toList());
        assertEquals(1, tasks.queued.size(), "after a batch the server queues itself again, behind other work");
        tasks.runAll();
        assertEquals(List.of(50, 50, 20), registrations.batches.stream().map(List::size).toList());
        for (var a : answers) {
            assertEquals(1, answer(a).size());
        }
        // a newcomer after the line went empty starts a server again
        var late = line.join(7L, signup("late@example.org"), "10.0.0.1");
        assertEquals(1, tasks.queued.size());
        tasks.runAll();
        assertEquals("BATCH", answer(late).get(0).ticket());
    }

    @Test
    void aFailedBatchIsTakenOneByOneEachWithItsOwnAnswer() throws Exception {
        registrations.batchAnswer = guests -> {
            throw new IllegalStateException("the unique key refused an address registered meanwhile");
        };
        RegistrationLine line = line(100);
        var ok = line.join(3L, signup("ok@example.org"), "10.0.0.1");
        var taken = line.join(3L, signup("taken@example.org"), "10.0.0.1");
        tasks.runAll();
        assertEquals(List.of("ok@example.org", "taken@example.org"), registrations.alone);
        assertEquals("ALONE", answer(ok).get(0).ticket());
        ExecutionException refused = assertThrows(ExecutionException.class, () -> answer(taken));
        assertTrue(refused.getCause() instanceof Refusal r && r.getKind() == Refusal.Kind.CONFLICT, refused.toString());
    }

    @Test
    void aRefusalInTheBatchReachesItsGuestAndOneLeftAloneIsRegisteredOnItsOwn() throws Exception {
        Refusal duplicate = Refusal.conflict("event.registration.duplicate", "twice@example.org");
        registrations.batchAnswer = guests -> List.of(FakeRegistrations.placed(guests.get(0)), new Outcome(null, duplicate),
                new Outcome(null, null));
        RegistrationLine line = line(100);
        var first = line.join(4L, signup("first@example.org"), "10.0.0.1");
        var twice = line.join(4L, signup("twice@example.org"), "10.0.0.1");
        var breakout = line.join(4L, signup("breakout@example.org"), "10.0.0.1");
        tasks.runAll();
        assertEquals("BATCH", answer(first).get(0).ticket());
        ExecutionException refused = assertThrows(ExecutionException.class, () -> answer(twice));
        assertSame(duplicate, refused.getCause());
        assertEquals("ALONE", answer(breakout).get(0).ticket());
        assertEquals(List.of("breakout@example.org"), registrations.alone, "only the one the batch left alone");
    }

    @Test
    void aFullLineAsksToTryAgain() {
        RegistrationLine line = line(2);
        line.join(5L, signup("one@example.org"), "10.0.0.1");
        line.join(5L, signup("two@example.org"), "10.0.0.1");
        Refusal busy = assertThrows(Refusal.class, () -> line.join(5L, signup("three@example.org"), "10.0.0.1"));
        assertEquals(Refusal.Kind.TOO_MANY, busy.getKind());
        assertEquals("event.registration.busy", busy.getMessageKey());
        tasks.runAll();
        line.join(5L, signup("three@example.org"), "10.0.0.1");
        assertEquals(1, tasks.queued.size(), "room again once the line has been served");
    }
}
