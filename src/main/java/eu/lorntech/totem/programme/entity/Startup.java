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
import java.time.LocalDate;

/** A startup of a cohort, led by one founder (who reports its KPIs), often from an accepted application. */
@Entity
@Table(name = "startup")
public class Startup {

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
