package eu.lorntech.totem.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application, looked up once. {@code jakarta.json.Json.createX}
 * looks the provider up through the service loader on every call, which reads the module's jar
 * under a lock: measured by the events benchmark as the main cost of a refused API request.
 */
public final class JsonP {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {
    }
}
