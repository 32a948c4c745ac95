package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A mentoring session a mentor held with a startup: when, how long, what was discussed and the next steps. */
@Entity
@Table(name = "mentoring_session")
@NamedQuery(name = MentoringSession.HOURS_PER_MENTOR_OF_PROGRAMME, query = "select m.mentorId, count(m), sum(m.minutes) from MentoringSession m, Startup s where s.id = "
        + "m.startupId and s.cohort.programme = :p group by m.mentorId")
@NamedQuery(name = MentoringSession.HOURS_PER_STARTUP_OF_COHORT, query = "select s.id, s.name, count(m.id), coalesce(sum(m.minutes), 0) from Startup s left join "
        + "MentoringSession m on m.startupId = s.id where s.cohort.id = :c group by s.id, s.name order by "
        + "s.name")
@NamedQuery(name = MentoringSession.OF_STARTUP, query = "select m from MentoringSession m where m.startupId = :s order by m.heldOn desc, m.id desc")
public class MentoringSession {

    public static final String HOURS_PER_MENTOR_OF_PROGRAMME = "MentoringSession.hoursPerMentorOfProgramme";
    public static final String HOURS_PER_STARTUP_OF_COHORT = "MentoringSession.hoursPerStartupOfCohort";
    public static final String OF_STARTUP = "MentoringSession.ofStartup";

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 720;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "startup_id")
    private Long startupId;

    @Column(name = "mentor_id")
    private Long mentorId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private int minutes;

    private String topics;

    @Column(name = "next_steps")
    private String nextSteps;

    protected MentoringSession() {
    }

    public MentoringSession(Long startupId, Long mentorId, LocalDate heldOn, int minutes, String topics, String nextSteps, LocalDate today) {
        if (heldOn == null || heldOn.isAfter(today)) {
            throw Refusal.invalid("mentoring.date.invalid");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw Refusal.invalid("mentoring.minutes.invalid", MIN_MINUTES, MAX_MINUTES);
        }
        if (topics == null || topics.isBlank() || topics.length() > 2000) {
            throw Refusal.invalid("mentoring.topics.invalid");
        }
        if (nextSteps != null && nextSteps.length() > 2000) {
            throw Refusal.invalid("mentoring.nextSteps.invalid");
        }
        this.startupId = startupId;
        this.mentorId = mentorId;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.topics = topics.strip();
        this.nextSteps = nextSteps == null || nextSteps.isBlank() ? null : nextSteps.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getStartupId() {
        return startupId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getTopics() {
        return topics;
    }

    public String getNextSteps() {
        return nextSteps;
    }
}
