package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.platform.config.BaseUrl;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.talent.entity.Campaign;
import eu.lorntech.totem.talent.entity.Invitation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What the invited companies are told, each in its own language (French unless known): the invitation
 * with the personal link, the reminder, the territorial workshop made of a need they expressed. Every
 * mail goes through the outbox in the caller's transaction, under the topic {@code survey:ID}; the link
 * is built from the configured base URL, never from the request.
 */
@Dependent
public class SurveyMails {

    @Inject
    MailOutbox outbox;

    public static String topic(Long campaignId) {
        return "survey:" + campaignId;
    }

    /** The personal link, opening the page in the company's language. */
    public static String link(Invitation i) {
        return BaseUrl.get() + "/public/survey.xhtml?token=" + i.getToken() + "&lang=" + i.getLanguage();
    }

    public void invite(Campaign c, Invitation i, String siteName) {
        Locale l = i.locale();
        outbox.queue(topic(c.getId()), i.getEmail(), Texts.get(l, "survey.mail.invite.subject", c.getTitle()),
                Texts.get(l, "survey.mail.invite.body", c.getTitle(), siteName, i.getCompany(), link(i), c.getClosesOn()), List.of());
    }

    public void remind(Campaign c, Invitation i, String siteName) {
        Locale l = i.locale();
        outbox.queue(topic(c.getId()), i.getEmail(), Texts.get(l, "survey.mail.reminder.subject", c.getTitle()),
                Texts.get(l, "survey.mail.reminder.body", c.getTitle(), siteName, i.getCompany(), link(i), c.getClosesOn()), List.of());
    }

    /** The workshop made from a need is published: its registration link, to a company that chose the need. */
    public void workshopOpen(Campaign c, Invitation i, String need, String title, java.time.Instant startsAt, String siteName, String link) {
        Locale l = i.locale();
        outbox.queue(topic(c.getId()), i.getEmail(), Texts.get(l, "survey.mail.workshopOpen.subject", title),
                Texts.get(l, "survey.mail.workshopOpen.body", need, title, startsAt, siteName, link, i.getCompany()), List.of());
    }

    public void workshop(Campaign c, Invitation i, String need, String title, LocalDateTime startsAt, String siteName) {
        Locale l = i.locale();
        outbox.queue(topic(c.getId()), i.getEmail(), Texts.get(l, "survey.mail.workshop.subject", title),
                Texts.get(l, "survey.mail.workshop.body", c.getTitle(), need, title, startsAt, siteName, i.getCompany()), List.of());
    }
}
