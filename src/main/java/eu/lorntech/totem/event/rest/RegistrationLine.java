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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where guests' registrations wait for one of the registration threads
 * ({@code totem.events.registration-threads}): a thread takes all those waiting (up to
 * {@value #MOST}) and registers those of one event in one transaction ({@link Registrations#registerGuests}).
 * A rush thus pays one transaction, one lock of the event's row and one flush per batch instead of
 * per guest. When a batch fails as a whole (an address registered meanwhile by another path, which
 * the database refuses), its guests are registered one by one, each getting their own answer.
 */
@ApplicationScoped
public class RegistrationLine {

    private static final Logger LOG = Logger.getLogger(RegistrationLine.class.getName());

    /** The most registrations one transaction takes. */
    static final int MOST = 50;

    private record Waiting(Long eventId, Guest guest, CompletableFuture<List<Placed>> answer) {
    }

    private final ConcurrentLinkedQueue<Waiting> line = new ConcurrentLinkedQueue<>();

    @Resource(lookup = "java:jboss/ee/concurrency/executor/registrations")
    ManagedExecutorService threads;

    @Inject
    Registrations registrations;

    /** Servers of the line at once: the threads of the executor (wildfly-config/server.cli). */
    private final int servers;

    /** The most guests waiting in the line; more are asked to try again (429). */
    private final int longest;

    public RegistrationLine() {
        this(Settings.integer("totem.events.registration-threads", 3), Settings.integer("totem.events.registration-queue", 2000));
    }

    /** With its number of servers and its longest line (tests). */
    RegistrationLine(int servers, int longest) {
        this.servers = Math.max(1, servers);
        this.longest = Math.max(1, longest);
    }

    /** Guests in the line now. */
    private final AtomicInteger length = new AtomicInteger();

    /** Servers running or queued. */
    private final AtomicInteger serving = new AtomicInteger();

    /** Joins the line; the answer comes once a thread has registered the guest, or refused them. */
    CompletionStage<List<Placed>> join(Long eventId, Signup signup, String client) {
        if (length.incrementAndGet() > longest) {
            length.decrementAndGet();
            throw Refusal.tooMany("event.registration.busy");
        }
        Waiting w = new Waiting(eventId, new Guest(signup, client), new CompletableFuture<>());
        line.add(w);
        if (serving.get() < servers) {
            if (serving.incrementAndGet() > servers) {
                serving.decrementAndGet();
            } else {
                try {
                    threads.execute(this::serve);
                } catch (RejectedExecutionException full) {
                    serving.decrementAndGet();
                    LOG.log(Level.WARNING, "Registration line not served: {0}", full.toString());
                    if (line.remove(w)) {
                        length.decrementAndGet();
                        throw Refusal.tooMany("event.registration.busy");
                    }
                }
            }
        }
        return w.answer();
    }

    /**
     * One batch: all those waiting, up to {@value #MOST}. A server then queues itself again behind
     * the registrations of signed-in members (which use the same threads), or stops when the line is
     * empty. Whoever joins the line after a server found it empty starts a server of its own: the
     * server lowers the count before it looks at the line again, and the newcomer looks at the count
     * after joining, so one of them sees the other.
     */
    private void serve() {
        do {
            batch();
        } while (servesAgainHere());
    }

    private void batch() {
        List<Waiting> taken = new ArrayList<>();
        for (Waiting w = line.poll(); w != null; w = taken.size() < MOST ? line.poll() : null) {
            taken.add(w);
            length.decrementAndGet();
        }
        try {
            Map<Long, List<Waiting>> byEvent = new LinkedHashMap<>();
            taken.forEach(w -> byEvent.computeIfAbsent(w.eventId(), id -> new ArrayList<>()).add(w));
            byEvent.forEach(this::register);
        } catch (RuntimeException | Error unexpected) {
            taken.forEach(w -> w.answer().completeExceptionally(unexpected));
            LOG.log(Level.SEVERE, "Registrations not served", unexpected);
        }
    }

    /** After a batch: queued again (false), stopped (false), or serving on in this thread when the queue is full (true). */
    private boolean servesAgainHere() {
        if (!line.isEmpty()) {
            try {
                threads.execute(this::serve);
                return false;
            } catch (RejectedExecutionException full) {
                // the queue is full of members' registrations: this thread serves the line once more
                return true;
            }
        }
        serving.decrementAndGet();
        if (line.isEmpty()) {
            return false;
        }
        if (serving.incrementAndGet() > servers) {
            serving.decrementAndGet();
            return false;
        }
        return true;
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
