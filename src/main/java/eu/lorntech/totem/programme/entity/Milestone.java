package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A startup's milestone: due on a date, done (with an optional note and evidence) or not, late when not done past its due date. */
@Entity
@Table(name = "milestone")
@NamedQuery(name = Milestone.COUNT_LATE_AT_SITE, query = "select count(m) from Milestone m where m.startup.cohort.programme.siteId = :s and m.doneOn is "
        + "null and m.dueOn < :today")
@NamedQuery(name = Milestone.COUNT_LATE_OF_FOUNDER, query = "select count(m) from Milestone m where m.startup.founderId = :u and m.doneOn is null and "
        + "m.dueOn < :today")
@NamedQuery(name = Milestone.OF_COHORT, query = "select m from Milestone m join fetch m.startup s where s.cohort = :c order by m.dueOn, s.name")
@NamedQuery(name = Milestone.OF_STARTUP, query = "select m from Milestone m where m.startup = :s order by m.dueOn, m.id")
@NamedQuery(name = Milestone.STATES_PER_COHORT_OF_PROGRAMME, query = "select s.cohort.id, sum(case when m.doneOn is not null then 1 else 0 end), sum(case when "
        + "m.doneOn is null and m.dueOn < :today then 1 else 0 end), sum(case when m.doneOn is null and "
        + "m.dueOn >= :today then 1 else 0 end) from Milestone m join m.startup s where s.cohort.programme "
        + "= :p group by s.cohort.id")
@NamedQuery(name = Milestone.STATES_PER_SITE, query = "select s.cohort.programme.siteId, sum(case when m.doneOn is not null then 1 else 0 end), "
        + "sum(case when m.doneOn is null and m.dueOn < :today then 1 else 0 end) from Milestone m join "
        + "m.startup s group by s.cohort.programme.siteId")
public class Milestone {

    public static final String COUNT_LATE_AT_SITE = "Milestone.countLateAtSite";
    public static final String COUNT_LATE_OF_FOUNDER = "Milestone.countLateOfFounder";
    public static final String OF_COHORT = "Milestone.ofCohort";
    public static final String OF_STARTUP = "Milestone.ofStartup";
    public static final String STATES_PER_COHORT_OF_PROGRAMME = "Milestone.statesPerCohortOfProgramme";
    public static final String STATES_PER_SITE = "Milestone.statesPerSite";

    public enum State { DONE, LATE, DUE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "startup_id")
    private Startup startup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private MilestoneTemplate template;

    private String title;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "evidence_id")
    private Long evidenceId;

    private String note;

    @Version
    private int version;

    protected Milestone() {
    }

    public Milestone(Startup startup, MilestoneTemplate template, LocalDate dueOn) {
        this(startup, template, template.getTitle(), dueOn);
    }

    public Milestone(Startup startup, MilestoneTemplate template, String title, LocalDate dueOn) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw Refusal.invalid("milestone.title.invalid");
        }
        if (dueOn == null) {
            throw Refusal.invalid("milestone.due.invalid");
        }
        this.startup = startup;
        this.template = template;
        this.title = title.strip();
        this.dueOn = dueOn;
    }

    public State stateOn(LocalDate today) {
        if (doneOn != null) {
            return State.DONE;
        }
        return today.isAfter(dueOn) ? State.LATE : State.DUE;
    }

    /** Marks it done on a day (not in the future), with a note and evidence kept if given. */
    public void complete(LocalDate on, String note, Long evidenceId, LocalDate today) {
        if (doneOn != null) {
            throw Refusal.conflict("milestone.alreadyDone");
        }
        if (on == null || on.isAfter(today)) {
            throw Refusal.invalid("milestone.doneOn.invalid");
        }
        if (note != null && note.length() > 2000) {
            throw Refusal.invalid("milestone.note.tooLong");
        }
        this.doneOn = on;
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (evidenceId != null) {
            this.evidenceId = evidenceId;
        }
    }

    /** Done by mistake: back to due (the evidence stays attached). */
    public void reopen() {
        doneOn = null;
    }

    /** The fablab machine whose badge completing this training milestone grants, or null. */
    public Long grantsBadgeFor() {
        return template == null ? null : template.getBadgeResourceId();
    }

    public Long getId() {
        return id;
    }

    public Startup getStartup() {
        return startup;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public String getNote() {
        return note;
    }
}
