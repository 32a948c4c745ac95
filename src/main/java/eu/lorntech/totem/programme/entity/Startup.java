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

/** A startup of a cohort, led by one founder (who reports its KPIs), often from an accepted application. */
@Entity
@Table(name = "startup")
@NamedQuery(name = Startup.COUNT_IN_COHORT, query = "select count(s) from Startup s where s.cohort = :c")
@NamedQuery(name = Startup.COUNT_RUNNING_AT_SITE, query = "select count(s) from Startup s where s.cohort.programme.siteId = :s and s.cohort.endsOn >= "
        + ":today")
@NamedQuery(name = Startup.ID_BY_APPLICATION, query = "select s.id from Startup s where s.applicationId = :a")
@NamedQuery(name = Startup.ID_BY_COHORT_AND_NAME, query = "select s.id from Startup s where s.cohort = :c and s.name = :n")
@NamedQuery(name = Startup.MENTORED_BY, query = "select s from Startup s join fetch s.cohort k join fetch k.programme, MentorAssignment m where "
        + "m.startupId = s.id and m.mentorId = :u order by s.name")
@NamedQuery(name = Startup.NOT_REPORTED_IN_PROGRAMME, query = "select s.id, s.name, c.name from Startup s join s.cohort c where c.programme = :p and "
        + "c.startsOn <= :last and c.endsOn >= :first and not exists (select k.id from KpiReport k where "
        + "k.startupId = s.id and k.quarter = :q) order by c.name, s.name")
@NamedQuery(name = Startup.OF_COHORT, query = "select s from Startup s join fetch s.cohort k join fetch k.programme where s.cohort = :c order "
        + "by s.name")
@NamedQuery(name = Startup.OF_FOUNDER, query = "select s from Startup s join fetch s.cohort k join fetch k.programme where s.founderId = :u "
        + "order by k.startsOn desc, s.name")
@NamedQuery(name = Startup.REPORTED_PER_COHORT_OF_PROGRAMME, query = "select s.cohort.id, count(s), sum(case when exists (select k.id from KpiReport k where "
        + "k.startupId = s.id and k.quarter = :q) then 1 else 0 end) from Startup s where "
        + "s.cohort.programme = :p group by s.cohort.id")
@NamedQuery(name = Startup.RUNNING_IN_PROGRAMME, query = "select s from Startup s join fetch s.cohort c where c.programme = :p and c.endsOn >= :today")
@NamedQuery(name = Startup.TO_REMIND_OF_KPIS, query = "select s from Startup s join fetch s.cohort c join fetch c.programme p where c.startsOn <= "
        + ":last and c.endsOn >= :first and not exists (select k.id from KpiReport k where k.startupId = "
        + "s.id and k.quarter = :q) and not exists (select r.startupId from KpiReminder r where "
        + "r.startupId = s.id and r.quarter = :q) and not exists (select l.programmeId from KpiLock l "
        + "where l.programmeId = p.id and l.quarter = :q)")
public class Startup {

    public static final String COUNT_IN_COHORT = "Startup.countInCohort";
    public static final String COUNT_RUNNING_AT_SITE = "Startup.countRunningAtSite";
    public static final String ID_BY_APPLICATION = "Startup.idByApplication";
    public static final String ID_BY_COHORT_AND_NAME = "Startup.idByCohortAndName";
    public static final String MENTORED_BY = "Startup.mentoredBy";
    public static final String NOT_REPORTED_IN_PROGRAMME = "Startup.notReportedInProgramme";
    public static final String OF_COHORT = "Startup.ofCohort";
    public static final String OF_FOUNDER = "Startup.ofFounder";
    public static final String REPORTED_PER_COHORT_OF_PROGRAMME = "Startup.reportedPerCohortOfProgramme";
    public static final String RUNNING_IN_PROGRAMME = "Startup.runningInProgramme";
    public static final String TO_REMIND_OF_KPIS = "Startup.toRemindOfKpis";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    private String name;

    @Column(name = "founder_id")
    private Long founderId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    protected Startup() {
    }

    public Startup(Cohort cohort, String name, Long founderId, LocalDate joinedOn) {
        if (name == null || name.isBlank() || name.strip().length() > 160) {
            throw Refusal.invalid("startup.name.invalid");
        }
        this.cohort = cohort;
        this.name = name.strip();
        this.founderId = founderId;
        this.joinedOn = joinedOn;
    }

    /** Only an accepted application joins a cohort, and only a cohort of the application's programme. */
    public static Startup admit(Application application, Cohort cohort, LocalDate on) {
        if (application.getStatus() != ApplicationStatus.ACCEPTED) {
            throw Refusal.conflict("cohort.notAccepted");
        }
        if (!application.getCall().getProgramme().getId().equals(cohort.getProgramme().getId())) {
            throw Refusal.invalid("cohort.otherProgramme");
        }
        Startup s = new Startup(cohort, application.getProjectName(), application.getFounderId(), on);
        s.applicationId = application.getId();
        return s;
    }

    public boolean isLedBy(Long userId) {
        return founderId.equals(userId);
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getName() {
        return name;
    }

    public Long getFounderId() {
        return founderId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
