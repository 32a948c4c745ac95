package eu.lorntech.totem.coworking.control;

import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailAttachment;
import eu.lorntech.totem.platform.mail.MailOutbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The confirmation a member gets for what they booked (or what was booked for them): what, where and
 * when, in their language and the site's time, with an .ics file their calendar takes as it is.
 */
@Dependent
public class BookingMails {

    @Inject
    MailOutbox mail;

    @Inject
    Sites sites;

    @Inject
    SiteCalendars calendars;

    public void confirmed(Caller member, List<Booking> placed) {
        if (placed.isEmpty()) {
            return;
        }
        Booking first = placed.get(0);
        Long siteId = first.getResource().getSiteId();
        ZoneId zone = calendars.zone(siteId);
        Locale l = Locale.forLanguageTag(member.language());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(l).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(l).withZone(zone);
        String what = first.getResource().getName() + " (" + Texts.get(l, "coworking.kind." + first.getResource().getKind().name()) + ")";
        String where = sites.byId(siteId).map(s -> s.name() + ", " + s.city()).orElse("");
        String when = placed.stream()
                .map(b -> Texts.get(l, "mail.bookingConfirmed.when", day.format(b.getStartsAt()), time.format(b.getStartsAt()),
                        time.format(b.getEndsAt())))
                .collect(Collectors.joining("\n"));
        String ics = IcsWriter.write(placed, b -> b.getResource().getName(), what + ", " + where);
        mail.queue(member.email(),
                Texts.get(l, "mail.bookingConfirmed.subject", first.getResource().getName(), day.format(first.getStartsAt()), placed.size()),
                Texts.get(l, "mail.bookingConfirmed.body", member.displayName(), what, where, when, placed.size()),
                MailAttachment.calendar("booking-" + first.getId() + ".ics", ics));
    }
}
