package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A needs survey campaign of a site: its questionnaire (a form of the form engine) is answered by the
 * companies invited from the opening day to the closing day included (Paris days); the invitations that
 * have not been answered are reminded {@code reminderDays} before the close, automatically once.
 */
@Entity
@Table(name = "survey_campaign")
@NamedQuery(name = Campaign.OF_SITES, query = "select c from Campaign c where c.siteId in :sites order by c.closesOn desc, c.id desc")
@NamedQuery(name = Campaign.DUE_FOR_REMINDER, query = "select c from Campaign c where c.autoRemindedOn is null and c.opensOn <= :today"
        + " and c.closesOn >= :today")
@NamedQuery(name = Campaign.COUNT_OPEN_AT_SITES, query = "select count(c) from Campaign c where c.siteId in :sites and c.opensOn <= :today"
        + " and c.closesOn >= :today")
public class Campaign {

    public static final String OF_SITES = "Campaign.ofSites";
    public static final String DUE_FOR_REMINDER = "Campaign.dueForReminder";
    public static final String COUNT_OPEN_AT_SITES = "Campaign.countOpenAtSites";
    public static final int TITLE_MAX = 200;
    public static final int DEFAULT_REMINDER_DAYS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "form_id")
    private Long formId;

    private String title;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "reminder_days")
    private int reminderDays;

    @Column(name = "auto_reminded_on")
    private LocalDate autoRemindedOn;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Campaign() {
    }

    public Campaign(Long siteId, Long formId, String title, LocalDate opensOn, LocalDate closesOn, Integer reminderDays, Long createdBy,
            Instant now) {
        this.siteId = java.util.Objects.requireNonNull(siteId);
        this.formId = java.util.Objects.requireNonNull(formId);
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(title, opensOn, closesOn, reminderDays);
    }

    /** Changes the title, the dates and the reminder delay, or refuses them all. */
    public void describe(String newTitle, LocalDate opens, LocalDate closes, Integer reminder) {
        String t = newTitle == null ? "" : newTitle.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            throw Refusal.invalid("survey.campaign.title.invalid", TITLE_MAX);
        }
        if (opens == null || closes == null || closes.isBefore(opens)) {
            throw Refusal.invalid("survey.campaign.dates.invalid");
        }
        int days = reminder == null ? DEFAULT_REMINDER_DAYS : reminder;
        if (days < 0 || days > 60) {
            throw Refusal.invalid("survey.campaign.reminder.invalid");
        }
        this.title = t;
        this.opensOn = opens;
        this.closesOn = closes;
        this.reminderDays = days;
    }

    /** Whether answers are taken on {@code today}. */
    public boolean isOpenOn(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public boolean isClosedOn(LocalDate today) {
        return today.isAfter(closesOn);
    }

    /** Refuses an answer outside the campaign's days: a conflict with the campaign's state, not a bad request. */
    public void requireOpenOn(LocalDate today) {
        if (today.isBefore(opensOn)) {
            throw Refusal.conflict("survey.notOpenYet", opensOn);
        }
        if (today.isAfter(closesOn)) {
            throw Refusal.conflict("survey.closed", closesOn);
        }
    }

    /** Whether the automatic reminder is due on {@code today}: open, within the last {@code reminderDays}, not sent yet. */
    public boolean autoReminderDueOn(LocalDate today) {
        return autoRemindedOn == null && isOpenOn(today) && !today.isBefore(closesOn.minusDays(reminderDays));
    }

    public void autoReminded(LocalDate today) {
        this.autoRemindedOn = today;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getFormId() {
        return formId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public LocalDate getAutoRemindedOn() {
        return autoRemindedOn;
    }
}
