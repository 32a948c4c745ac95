package eu.lorntech.totem.platform.mail;

import java.nio.charset.StandardCharsets;

/**
 * A file sent with a mail: an .ics for a booking, a ticket for an event. Either its content is
 * stored with the mail, or the mail stores only how to make it ({@code maker}, a {@link MailFileMaker},
 * and its {@code argument}) and the dispatcher makes it when it sends the mail: a ticket's QR code from
 * the ticket's code, an event's .ics from the event. The transaction that queues such a mail writes a
 * few bytes instead of rendering an image (docs/benchmarks.md, Events).
 */
public record MailAttachment(String name, String contentType, byte[] content, String maker, String argument) {

    public MailAttachment {
        if (name == null || contentType == null || (content == null) == (maker == null) || (maker == null) != (argument == null)) {
            throw new IllegalArgumentException("an attachment has a name, a type, and a content or a maker with its argument");
        }
    }

    /** A file whose content is stored with the mail. */
    public MailAttachment(String name, String contentType, byte[] content) {
        this(name, contentType, content, null, null);
    }

    /** A file made when the mail is sent, by the {@link MailFileMaker} named {@code maker}, from {@code argument}. */
    public static MailAttachment madeAtSending(String name, String contentType, String maker, String argument) {
        return new MailAttachment(name, contentType, null, maker, argument);
    }

    /** An iCalendar file (RFC 5545), which mail programs offer to add to the calendar. */
    public static MailAttachment calendar(String name, String ics) {
        return new MailAttachment(name, CALENDAR, ics.getBytes(StandardCharsets.UTF_8));
    }

    /** The content type of an iCalendar file that mail programs offer to add. */
    public static final String CALENDAR = "text/calendar; charset=UTF-8; method=PUBLISH";

    /** Whether the dispatcher makes this file when sending (no content stored). */
    public boolean madeAtSending() {
        return maker != null;
    }
}
