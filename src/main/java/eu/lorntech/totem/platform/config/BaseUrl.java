package eu.lorntech.totem.platform.config;

import java.net.URI;
import java.util.Optional;

/**
 * The address put in e-mailed links: {@code totem.base-url}, never the request's Host header (which
 * anyone can forge, and a reset link to the forger's host hands them the account). Outside the demo
 * it is required ({@link StartupChecks}); the demo, which runs on the machine itself, defaults to
 * {@code http://localhost:8080}, shifted by the server's port offset.
 */
public final class BaseUrl {

    public static final String KEY = "totem.base-url";

    private BaseUrl() {
    }

    public static String get() {
        return configured().orElseGet(() -> "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));
    }

    static Optional<String> configured() {
        return Settings.get(KEY).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** Why the configured value cannot be used, if it cannot. */
    static Optional<String> problem() {
        Optional<String> url = configured();
        if (url.isEmpty()) {
            return Optional.of(KEY + " is not set: set it (system property or TOTEM_BASE_URL) to the public address, e.g. https://totem.example.org");
        }
        try {
            URI uri = URI.create(url.get());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.of(KEY + "=" + url.get() + " is not an http(s) address without query");
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(KEY + "=" + url.get() + " is not an address: " + e.getMessage());
        }
        return Optional.empty();
    }
}
