package eu.lorntech.totem.platform.mail;

import eu.lorntech.totem.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * Tries the outbox's unsent mail again every {@code totem.mail.retry-seconds} (default 60), on each
 * server; the dispatcher locks each mail it sends, so that two servers never send one twice.
 */
@Startup
@Singleton
public class MailRetry {

    public static final String INTERVAL = "totem.mail.retry-seconds";

    @Resource
    TimerService timers;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    PeopleWaiting people;

    @PostConstruct
    void schedule() {
        long every = Math.max(1, Settings.integer(INTERVAL, 60)) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig(null, false));
    }

    @PermitAll
    @Timeout
    public void retry() {
        // while people's requests are in flight the retries wait for the next round (PeopleWaiting bounds how long)
        if (!people.mailGivesWay()) {
            dispatcher.retryPending();
        }
    }
}
