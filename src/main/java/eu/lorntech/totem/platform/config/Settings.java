package eu.lorntech.totem.platform.config;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads Totem's settings from outside the code: a system property ({@code totem.login.max-failures}),
 * else the matching environment variable ({@code TOTEM_LOGIN_MAX_FAILURES}), else the default.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public static String string(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public static int integer(String key, int defaultValue) {
        return get(key).map(Integer::parseInt).orElse(defaultValue);
    }

    public static boolean flag(String key, boolean defaultValue) {
        return get(key).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    public static Duration duration(String key, Duration defaultValue) {
        return get(key).map(Duration::parse).orElse(defaultValue);
    }
}
