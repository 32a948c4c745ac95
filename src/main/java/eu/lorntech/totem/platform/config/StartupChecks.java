package eu.lorntech.totem.platform.config;

import eu.lorntech.totem.platform.persistence.DatabaseReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/**
 * Settings Totem cannot run safely without, checked while it is deployed: outside the demo, a
 * missing or malformed {@code totem.base-url} fails the deployment (with the reason in the log)
 * rather than letting mails carry links taken from requests.
 */
@ApplicationScoped
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    void check(@Observes DatabaseReady ready) {
        if (ready.wantsDemoData() && BaseUrl.configured().isEmpty()) {
            LOG.info(() -> "Demo mode: links in mails point to " + BaseUrl.get());
            return;
        }
        BaseUrl.problem().ifPresent(problem -> {
            LOG.severe(() -> "Totem refuses to start: " + problem);
            throw new IllegalStateException("Totem refuses to start: " + problem);
        });
    }
}
