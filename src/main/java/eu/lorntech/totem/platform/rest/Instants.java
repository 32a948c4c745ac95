package eu.lorntech.totem.platform.rest;

import eu.lorntech.totem.platform.Refusal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** ISO-8601 instants from requests ("2026-12-01T09:00:00Z" or with an offset), with a clear refusal. */
public final class Instants {

    private Instants() {
    }

    public static Instant parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("api.instantInvalid", field, text);
        }
    }
}
