package eu.lorntech.totem.talent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an application: to which status, by whom, when, with the message sent to the candidate. */
@Entity
@Table(name = "application_step")
@NamedQuery(name = ApplicationStep.OF_APPLICATIONS, query = "select s from ApplicationStep s where s.applicationId in :applications order by s.movedAt")
@NamedQuery(name = ApplicationStep.FORGET_MESSAGES, query = "update ApplicationStep s set s.message = null "
        + "where s.applicationId in (select a.id from JobApplication a where a.candidateId in :candidates)")
public class ApplicationStep {

    public static final String FORGET_MESSAGES = "ApplicationStep.forgetMessages";
    public static final String OF_APPLICATIONS = "ApplicationStep.ofApplications";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private String message;

    @Column(name = "moved_by")
    private Long movedBy;

    @Column(name = "moved_at")
    private Instant movedAt;

    protected ApplicationStep() {
    }

    ApplicationStep(Long applicationId, ApplicationStatus status, String message, Long movedBy, Instant movedAt) {
        this.applicationId = applicationId;
        this.status = status;
        this.message = message;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Long getMovedBy() {
        return movedBy;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
