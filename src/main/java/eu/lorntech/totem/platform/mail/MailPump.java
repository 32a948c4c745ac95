package eu.lorntech.totem.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's new mails soon after their transactions commit, on one thread at a time per
 * server: a commit asks for a round, and the asks that come while a round runs make one more round,
 * not one thread each. During a rush of 2,000 registrations the mails leave over one SMTP connection
 * instead of taking a thread and a connection each from the requests' CPU, and they wait while
 * registrations are in flight ({@link PeopleWaiting}, at most 20 s): docs/benchmarks.md, Events.
 */
@ApplicationScoped
public class MailPump {

    private static final Logger LOG = Logger.getLogger(MailPump.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    private final AtomicBoolean asked = new AtomicBoolean();

    @Inject
    MailDispatcher dispatcher;

    @Inject
    PeopleWaiting people;

    @Resource
    ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        ask();
    }

    void ask() {
        asked.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::rounds);
            } catch (RejectedExecutionException busy) {
                // the mails stay in the outbox: the next commit or MailRetry sends them
                running.set(false);
                LOG.log(Level.WARNING, "Mail round not started: {0}", busy.getMessage());
            }
        }
    }

    private void rounds() {
        try {
            while (asked.getAndSet(false)) {
                giveWay();
                if (dispatcher.sendFresh(people::mailGivesWay)) {
                    // stopped between two mails for people's requests: the rest goes once they are served
                    asked.set(true);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail round stopped; MailRetry tries again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.set(false);
        }
        // an ask that came between the last round and the end above would otherwise wait for the next commit
        if (asked.get()) {
            ask();
        }
    }

    /** Waits while people's requests are in flight (a bounded time, see {@link PeopleWaiting}). */
    private void giveWay() throws InterruptedException {
        while (people.mailGivesWay()) {
            Thread.sleep(GIVE_WAY_STEP_MILLIS);
        }
    }

    private static final long GIVE_WAY_STEP_MILLIS = 50;
}
