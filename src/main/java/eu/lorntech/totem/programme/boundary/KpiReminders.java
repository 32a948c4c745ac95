package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.entity.KpiReminder;
import eu.lorntech.totem.programme.entity.Quarter;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Every morning, in the week before a quarter's KPI reports are due, founders who have not reported
 * get one reminder by e-mail. The kpi_reminder primary key keeps it to one per startup and quarter,
 * even with several servers.
 */
@Stateless
public class KpiReminders {

    public static final int DAYS_BEFORE_DUE = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    MailOutbox mail;

    @PermitAll
    @Schedule(hour = "8", minute = "0", persistent = false)
    public void everyMorning() {
        remindOn(Cohorts.today());
    }

    /** Sends the reminders due on a day; answers how many were sent. */
    @RolesAllowed(Roles.ADMIN)
    public int remindOn(LocalDate today) {
        Quarter q = Quarter.toReportOn(today);
        LocalDate due = q.dueOn();
        if (today.isBefore(due.minusDays(DAYS_BEFORE_DUE)) || today.isAfter(due)) {
            return 0;
        }
        List<Startup> late = em.createNamedQuery(Startup.TO_REMIND_OF_KPIS, Startup.class)
                .setParameter("last", q.lastDay()).setParameter("first", q.firstDay()).setParameter("q", q.code()).getResultList();
        for (Startup s : late) {
            em.persist(new KpiReminder(s.getId(), q, Instant.now()));
            Caller founder = people.requireById(s.getFounderId());
            Locale l = Locale.forLanguageTag(founder.language());
            String dueText = due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l));
            mail.queue(founder.email(), Texts.get(l, "mail.kpiReminder.subject", q.toString(), s.getName()),
                    Texts.get(l, "mail.kpiReminder.body", founder.displayName(), s.getName(), q.toString(), dueText));
        }
        return late.size();
    }
}
