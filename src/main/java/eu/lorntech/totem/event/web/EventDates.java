package eu.lorntech.totem.event.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.Formats;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Dates and times typed in datetime-local fields, in Europe/Paris, and back. */
final class EventDates {

    private EventDates() {
    }

    /** The instant a field names, or null with a message beside the field when it is not a date and time. */
    static Instant parse(String value, String clientId) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(Formats.PARIS).toInstant();
        } catch (DateTimeParseException e) {
            FacesMessages.errorOn(clientId, "organiser.date.invalid");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    /** An instant as a datetime-local field shows it (2026-12-24T09:30). */
    static String field(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Formats.PARIS).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
