package eu.lorntech.totem.event.rest;

import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.boundary.Registrations.Guest;
import eu.lorntech.totem.event.boundary.Registrations.Outcome;
import eu.lorntech.totem.event.boundary.Registrations.Placed;
import eu.lorntech.totem.event.boundary.Registrations.Signup;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.config.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where guests' registrations wait for the registration threads ({@code totem.events.registration-threads}):
 * one line per event, served by one thread at a time, which takes all those waiting (up to
 * {@value #MOST}) and registers them in one transaction ({@link Registrations#registerGuests}). A rush
 * thus pays one transaction, one lock of the event's row and one flush per batch instead of per guest,
 * and its batches never queue behind each other on that lock (docs/benchmarks.md, Events: one server
 * per event left a rush faster and the pages quicker than three). Other events' lines are served by
 * the other threads meanwhile. When a batch fails as a whole (an address registered meanwhile by
 * another path, which the database refuses), its guests are registered one by one, each getting
 * their own answer.
 */
@ApplicationScoped
public class RegistrationLine {

    private static final Logger LOG = Logger.getLogger(RegistrationLine.class.getName());

    /** The most registrations one transaction takes. */
    static final int MOST = 50;

    private record Waiting(Guest guest, CompletableFuture<List<Placed>> answer) {
    }

    /** One event's line, and whether a thread serves it (or is queued to). */
    private static final class Line {
        final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
        final AtomicBoolean served = new AtomicBoolean();
    }

    private final ConcurrentHashMap<Long, Line> lines = new ConcurrentHashMap<>();

    @Resource(lookup = "java:jboss/ee/concurrency/executor/registrations")
    ManagedExecutorService threads;

    @Inject
    Registrations registrations;

    /** The most guests waiting in all the lines; more are asked to try again (429). */
    private final int longest;

    /** Guests in the lines now. */
    private final AtomicInteger length = new AtomicInteger();

    public RegistrationLine() {
        this(Settings.integer("totem.events.registration-queue", 2000));
    }

    /** With its longest line (tests). */
    RegistrationLine(int longest) {
        this.longest = Math.max(1, longest);
    }

    /** Joins the event's line; the answer comes once a thread has registered the guest, or refused them. */
    CompletionStage<List<Placed>> join(Long eventId, Signup signup, String client) {
        if (length.incrementAndGet() > longest) {
            length.decrementAndGet();
            throw Refusal.tooMany("event.registration.busy");
        }
        Waiting w = new Waiting(new Guest(signup, client), new CompletableFuture<>());
        Line line = lines.computeIfAbsent(eventId, id -> new Line());
        line.waiting.add(w);
        if (line.served.compareAndSet(false, true)) {
            try {
                threads.execute(() -> serve(eventId, line));
            } catch (RejectedExecutionException full) {
                line.served.set(false);
                LOG.log(Level.WARNING, "Registration line not served: {0}", full.toString());
                if (line.waiting.remove(w)) {
                    length.decrementAndGet();
                    throw Refusal.tooMany("event.registration.busy");
                }
            }
        }
        return w.answer();
    }

    private void serve(Long eventId, Line line) {
        do {
            batch(eventId, line);
        } while (servesAgainHere(eventId, line));
    }

    private void batch(Long eventId, Line line) {
        List<Waiting> taken = new ArrayList<>();
        for (Waiting w = line.waiting.poll(); w != null; w = taken.size() < MOST ? line.waiting.poll() : null) {
            taken.add(w);
            length.decrementAndGet();
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            register(eventId, taken);
        } catch (RuntimeException | Error unexpected) {
            taken.forEach(w -> w.answer().completeExceptionally(unexpected));
            LOG.log(Level.SEVERE, "Registrations not served", unexpected);
        }
    }

    /**
     * After a batch: queued again behind the other lines and the members' registrations (false),
     * stopped (false), or serving on in this thread when the executor's queue is full (true). Whoever
     * joins after the server found the line empty serves it: the server marks the line unserved before
     * it looks at it again, and the newcomer marks it served after joining, so one of them sees the
     * other. An empty line is dropped (a line is only kept for an event with guests waiting).
     */
    private boolean servesAgainHere(Long eventId, Line line) {
        if (!line.waiting.isEmpty()) {
            try {
                threads.execute(() -> serve(eventId, line));
                return false;
            } catch (RejectedExecutionException full) {
                return true;
            }
        }
        line.served.set(false);
        if (line.waiting.isEmpty()) {
            // one who still joins it serves it; a later one starts a new line
            lines.remove(eventId, line);
            return !line.waiting.isEmpty() && line.served.compareAndSet(false, true);
        }
        return line.served.compareAndSet(false, true);
    }

    private void register(Long eventId, List<Waiting> ws) {
        List<Outcome> outcomes = null;
        try {
            outcomes = registrations.registerGuests(eventId, ws.stream().map(Waiting::guest).toList());
        } catch (RuntimeException batchFailed) {
            LOG.log(Level.WARNING, "A batch of registrations failed; they are taken one by one", batchFailed);
        }
        for (int i = 0; i < ws.size(); i++) {
            Waiting w = ws.get(i);
            Outcome o = outcomes == null ? null : outcomes.get(i);
            if (o != null && o.refused() != null) {
                w.answer().completeExceptionally(o.refused());
            } else if (o != null && !o.alone()) {
                w.answer().complete(o.placed());
            } else {
                try {
                    w.answer().complete(registrations.register(eventId, w.guest().signup(), w.guest().client()));
                } catch (RuntimeException e) {
                    w.answer().completeExceptionally(e);
                }
            }
        }
    }
}
