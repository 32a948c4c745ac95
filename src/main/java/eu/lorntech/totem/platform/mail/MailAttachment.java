package eu.lorntech.totem.platform.mail;

import java.nio.charset.StandardCharsets;

/** A file sent with a mail: an .ics for a booking, a ticket for an event. */
public record MailAttachment(String name, String contentType, byte[] content) {

    public MailAttachment {
        if (name == null || contentType == null || content == null) {
            throw new IllegalArgumentException("an attachment has a name, a type and a content");
        }
    }

    /** An iCalendar file (RFC 5545), which mail programs offer to add to the calendar. */
    public static MailAttachment calendar(String name, String ics) {
        return new MailAttachment(name, "text/calendar; charset=UTF-8; method=PUBLISH", ics.getBytes(StandardCharsets.UTF_8));
    }
}
