package eu.lorntech.totem.programme.control;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.programme.entity.Application;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The mails of a call to founders, in their preferred language, queued with the change that causes them. */
@Dependent
public class ProgrammeMails {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    MailOutbox outbox;

    @Inject
    People people;

    /** The receipt of a submitted application, with the deadline until which it can still change. */
    public void receipt(Application a) {
        people.byId(a.getFounderId()).ifPresent(founder -> {
            Locale l = locale(founder);
            outbox.queue(founder.email(), Texts.get(l, "mail.applicationReceived.subject", a.getCall().getTitle()),
                    Texts.get(l, "mail.applicationReceived.body", founder.displayName(), a.getProjectName(), a.getCall().getTitle(),
                            format(a.getSubmittedAt(), l), format(a.getCall().getClosesAt(), l)));
        });
    }

    /** The decision: accepted, waitlisted or rejected. */
    public void outcome(Application a) {
        people.byId(a.getFounderId()).ifPresent(founder -> {
            Locale l = locale(founder);
            String status = a.getStatus().name();
            outbox.queue(founder.email(), Texts.get(l, "mail.applicationDecided.subject", a.getCall().getTitle()),
                    Texts.get(l, "mail.applicationDecided.body." + status, founder.displayName(), a.getProjectName(),
                            a.getCall().getTitle(), a.getCall().getProgramme().getName()));
        });
    }

    /** A co-founder named on an application's team. */
    public void teamInvitation(Application a, Caller member, Caller lead) {
        Locale l = locale(member);
        outbox.queue(member.email(), Texts.get(l, "mail.teamInvitation.subject", a.getProjectName()),
                Texts.get(l, "mail.teamInvitation.body", member.displayName(), lead.displayName(), a.getProjectName(),
                        a.getCall().getTitle(), format(a.getCall().getClosesAt(), l)));
    }

    static Locale locale(Caller c) {
        return c.language() == null || c.language().isBlank() ? Locale.FRENCH : Locale.forLanguageTag(c.language());
    }

    static String format(Instant instant, Locale l) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(l)
                .withZone(PARIS).format(instant);
    }
}
