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
 * instead of taking a thread and a connection each from the requests' CPU (docs/benchmarks.md).
 */
@ApplicationScoped
public class MailPump {

    private static final Logger LOG = Logger.getLogger(MailPump.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    private final AtomicBoolean asked = new AtomicBoolean();

    @Inject
    MailDispatcher dispatcher;

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
                dispatcher.sendFresh();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail round stopped; MailRetry tries again", e);
        } finally {
            running.set(false);
        }
        // an ask that came between the last round and the end above would otherwise wait for the next commit
        if (asked.get()) {
            ask();
        }
    }
}
