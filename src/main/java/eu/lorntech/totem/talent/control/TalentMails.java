package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.config.BaseUrl;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.talent.entity.JobApplication;
import eu.lorntech.totem.talent.entity.Candidate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;

/** The talent mails, in the candidate's language (French when they have no account), queued with the change that causes them. */
@Dependent
public class TalentMails {

    @Inject
    MailOutbox outbox;

    @Inject
    People people;

    /** The company moved the candidate's application: where it is now, and the company's message. */
    public void applicationMoved(Candidate c, JobApplication a, String offerTitle, String company, String message) {
        if (c.getEmail() == null) {
            return;
        }
        Locale l = c.getUserId() == null ? Locale.FRENCH
                : people.byId(c.getUserId()).map(TalentMails::locale).orElse(Locale.FRENCH);
        String status = Texts.get(l, "offer.application.status." + a.getStatus().name());
        String said = message == null ? "" : Texts.get(l, "mail.offerApplication.message", company, message);
        outbox.queue(c.getEmail(), Texts.get(l, "mail.offerApplication.subject", offerTitle, status),
                Texts.get(l, "mail.offerApplication.body", c.getName(), offerTitle, company, status, said,
                        BaseUrl.get() + "/talent/offers.xhtml"));
    }

    static Locale locale(Caller c) {
        return c.language() == null || c.language().isBlank() ? Locale.FRENCH : Locale.forLanguageTag(c.language());
    }
}
