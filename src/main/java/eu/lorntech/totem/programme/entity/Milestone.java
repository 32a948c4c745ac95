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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A startup's milestone: due on a date, done (with an optional note and evidence) or not, late when not done past its due date. */
@Entity
@Table(name = "milestone")
public class Milestone {

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
