package eu.lorntech.totem.platform.config;

import eu.lorntech.totem.platform.persistence.DatabaseReady;
import eu.lorntech.totem.platform.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/**
 * Settings Totem cannot run safely without, checked while it is deployed: outside the demo, a
 * missing or malformed {@code totem.base-url} fails the deployment (with the reason in the log)
 * rather than letting mails carry links taken from requests; a malformed {@code totem.trusted-proxies}
 * fails it in any mode.
 */
@ApplicationScoped
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    void check(@Observes DatabaseReady ready) {
        try {
            ClientAddress.checkConfiguration();
        } catch (ExceptionInInitializerError e) {
            LOG.severe(() -> "Totem refuses to start: " + e.getCause().getMessage());
            throw new IllegalStateException("Totem refuses to start: " + e.getCause().getMessage(), e.getCause());
        }
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
