package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.control.TicketCodes;
import eu.lorntech.totem.platform.i18n.LocalFormats;
import eu.lorntech.totem.platform.web.CurrentLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** An event's own ways of writing things on its pages, in the reader's language and Paris time. */
@Named("eventFmt")
@RequestScoped
public class EventFormats {

    @Inject
    CurrentLocale locale;

    /** When an event takes place: "12/03/2027 09:00 – 12:30" on one day, both dates when it spans several. */
    public String span(Instant start, Instant end) {
        if (start == null) {
            return "";
        }
        String from = LocalFormats.dateTime(start, locale.getLocale());
        if (end == null) {
            return from;
        }
        boolean sameDay = LocalFormats.date(start, locale.getLocale()).equals(LocalFormats.date(end, locale.getLocale()));
        return from + " – " + (sameDay ? LocalFormats.time(end, locale.getLocale()) : LocalFormats.dateTime(end, locale.getLocale()));
    }

    /** A ticket code as printed on the ticket: ABCD-EFGH-… */
    public String ticket(String code) {
        return code == null ? "" : TicketCodes.grouped(code);
    }

    /** The hours of a session of the agenda: "09:00 – 09:30". */
    public String hours(Instant start, Instant end) {
        return LocalFormats.time(start, locale.getLocale()) + " – " + LocalFormats.time(end, locale.getLocale());
    }
}
