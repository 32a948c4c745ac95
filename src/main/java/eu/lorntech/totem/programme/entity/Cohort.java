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
import java.time.LocalDate;

/** A promotion of startups going through a programme together, from a start date to an end date. */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.ID_BY_PROGRAMME_AND_NAME, query = "select c.id from Cohort c where c.programme.id = :p and c.name = :n")
@NamedQuery(name = Cohort.PROGRAMME_IDS, query = "select distinct c.programme.id from Cohort c")
@NamedQuery(name = Cohort.ROWS_OF_PROGRAMME, query = "select c.id, c.name, c.startsOn, c.endsOn from Cohort c where c.programme = :p order by "
        + "c.startsOn desc, c.name")
@NamedQuery(name = Cohort.ROWS_WITH_STARTUPS_OF_PROGRAMME, query = "select c.id, p.id, p.name, c.name, c.startsOn, c.endsOn, (select count(s) from Startup s where "
        + "s.cohort = c) from Cohort c join c.programme p where p.id = :p order by c.startsOn desc")
public class Cohort {

    public static final String ID_BY_PROGRAMME_AND_NAME = "Cohort.idByProgrammeAndName";
    public static final String PROGRAMME_IDS = "Cohort.programmeIds";
    public static final String ROWS_OF_PROGRAMME = "Cohort.rowsOfProgramme";
    public static final String ROWS_WITH_STARTUPS_OF_PROGRAMME = "Cohort.rowsWithStartupsOfProgramme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected Cohort() {
    }

    public Cohort(Programme programme, String name, LocalDate startsOn, LocalDate endsOn) {
        if (name == null || name.isBlank() || name.strip().length() > 160) {
            throw Refusal.invalid("cohort.name.invalid");
        }
        if (startsOn == null || endsOn == null || !startsOn.isBefore(endsOn)) {
            throw Refusal.invalid("cohort.dates.invalid");
        }
        this.programme = programme;
        this.name = name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** The due date of a template's milestone for this cohort. */
    public LocalDate dueOn(MilestoneTemplate template) {
        return startsOn.plusWeeks(template.getWeeksAfterStart());
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
