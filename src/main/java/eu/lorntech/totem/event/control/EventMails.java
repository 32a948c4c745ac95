package eu.lorntech.totem.event.control;

import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.Registration;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.config.BaseUrl;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailAttachment;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.platform.mail.MailOutbox.Draft;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * What registrants are told, each in their own language: the ticket (its QR code and an .ics file),
 * a place on the waiting list, a seat that freed up, a cancellation, a message of the organisers, the
 * feedback form. Every mail goes through the outbox in the caller's transaction (nothing is sent for a
 * registration that rolled back, nothing is lost when the mail server is down), under the topic
 * {@code event:ID} so that the event's page lists those that keep failing.
 */
@Dependent
public class EventMails {

    @Inject
    MailOutbox outbox;

    @Inject
    Sites sites;

    /** Takes back a ticket mail written ahead of the seat that did not come. */
    public void withdraw(Long mailId) {
        outbox.withdraw(mailId);
    }

    public static String topic(Long eventId) {
        return "event:" + eventId;
    }

    public static String registrationLink(Registration r) {
        return BaseUrl.get() + "/public/registration.xhtml?token=" + r.getPersonalToken();
    }

    public static String feedbackLink(Registration r) {
        return BaseUrl.get() + "/public/feedback.xhtml?token=" + r.getPersonalToken();
    }

    public static String eventLink(Event e) {
        return BaseUrl.get() + "/public/event.xhtml?id=" + e.getId();
    }

    public String where(Event e) {
        String site = sites.byId(e.getSiteId()).map(s -> s.name() + ", " + s.city()).orElse("");
        return e.getVenue() == null ? site : e.getVenue() + " — " + site;
    }

    /**
     * What every ticket mail of an event shares, built once per registration: the place, and the .ics
     * that {@link EventCalendarFile} makes when the mail is sent (the mail stores the event's id).
     */
    public record Prepared(String where, MailAttachment ics) {
    }

    public Prepared prepare(Event e) {
        return new Prepared(where(e), MailAttachment.madeAtSending("event-" + e.getId() + ".ics", MailAttachment.CALENDAR,
                EventCalendarFile.NAME, e.getId().toString()));
    }

    /** A ticket's QR code (the code only), which {@link TicketQrFile} makes when the mail is sent. */
    public static MailAttachment qr(String ticketCode) {
        return MailAttachment.madeAtSending("ticket-" + ticketCode.substring(0, 8) + ".png", "image/png", TicketQrFile.NAME, ticketCode);
    }

    public void confirmed(Event e, Registration r, boolean promoted) {
        Prepared p = prepare(e);
        confirmed(e, r, promoted, p, qr(r.getTicketCode()));
    }

    /** Queues the ticket mail and returns the mail's id (so that it can be withdrawn before commit). */
    public Long confirmed(Event e, Registration r, boolean promoted, Prepared p, MailAttachment qr) {
        return outbox.queueAll(List.of(confirmedDraft(e, r, promoted, p, qr))).get(0);
    }

    /** The ticket mail, written but not queued (a batch of registrations queues its mails together). */
    public Draft confirmedDraft(Event e, Registration r, boolean promoted, Prepared p, MailAttachment qr) {
        Locale l = locale(r);
        String key = promoted ? "mail.event.promoted" : "mail.event.confirmed";
        return draft(e, r, Texts.get(l, key + ".subject", e.getTitle()),
                Texts.get(l, key + ".body", r.getName(), e.getTitle(), e.getStartsAt(), e.getEndsAt(), p.where(),
                        TicketCodes.grouped(r.getTicketCode()), registrationLink(r), eventLink(e)),
                List.of(qr, p.ics()));
    }

    public void waitlisted(Event e, Registration r, long position) {
        waitlisted(e, r, position, where(e));
    }

    public void waitlisted(Event e, Registration r, long position, String where) {
        outbox.queueAll(List.of(waitlistedDraft(e, r, position, where)));
    }

    /** The waiting list's mail with the person's position, written but not queued. */
    public Draft waitlistedDraft(Event e, Registration r, long position, String where) {
        Locale l = locale(r);
        return draft(e, r, Texts.get(l, "mail.event.waitlisted.subject", e.getTitle()),
                Texts.get(l, "mail.event.waitlisted.body", r.getName(), e.getTitle(), e.getStartsAt(), position, registrationLink(r)),
                List.of());
    }

    /** Queues mails written ahead ({@link #confirmedDraft}, {@link #waitlistedDraft}) in one go. */
    public void queueAll(List<Draft> drafts) {
        outbox.queueAll(drafts);
    }

    public void cancelled(Event e, Registration r) {
        Locale l = locale(r);
        queue(e, r, Texts.get(l, "mail.event.cancelledByYou.subject", e.getTitle()),
                Texts.get(l, "mail.event.cancelledByYou.body", r.getName(), e.getTitle(), e.getStartsAt(), eventLink(e)), List.of());
    }

    public void removed(Event e, Registration r) {
        Locale l = locale(r);
        queue(e, r, Texts.get(l, "mail.event.removed.subject", e.getTitle()),
                Texts.get(l, "mail.event.removed.body", r.getName(), e.getTitle(), e.getStartsAt()), List.of());
    }

    public void eventCancelled(Event e, Registration r) {
        Locale l = locale(r);
        queue(e, r, Texts.get(l, "mail.event.eventCancelled.subject", e.getTitle()),
                Texts.get(l, "mail.event.eventCancelled.body", r.getName(), e.getTitle(), e.getStartsAt()), List.of());
    }

    /** The organisers' own words, with the event's name in the subject and the person's links below. */
    public void message(Event e, Registration r, String subject, String text) {
        Locale l = locale(r);
        queue(e, r, Texts.get(l, "mail.event.message.subject", e.getTitle(), subject),
                Texts.get(l, "mail.event.message.body", r.getName(), text, e.getTitle(), registrationLink(r)), List.of());
    }

    public void feedbackInvitation(Event e, Registration r) {
        Locale l = locale(r);
        queue(e, r, Texts.get(l, "mail.event.feedback.subject", e.getTitle()),
                Texts.get(l, "mail.event.feedback.body", r.getName(), e.getTitle(), feedbackLink(r)), List.of());
    }

    private Long queue(Event e, Registration r, String subject, String body, List<MailAttachment> files) {
        return outbox.queue(topic(e.getId()), r.getEmail(), subject, body, files);
    }

    private static Draft draft(Event e, Registration r, String subject, String body, List<MailAttachment> files) {
        return new Draft(topic(e.getId()), r.getEmail(), subject, body, files);
    }

    private static Locale locale(Registration r) {
        return Locale.forLanguageTag(r.getLanguage());
    }
}
