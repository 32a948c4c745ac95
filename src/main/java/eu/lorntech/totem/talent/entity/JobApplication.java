package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A candidate's application to an offer, one per offer (the database's unique key), moved by the company
 * along {@link ApplicationStatus}: each move returns the step to keep.
 */
@Entity
@Table(name = "job_application")
@NamedQuery(name = JobApplication.OF_CANDIDATE, query = "select a from JobApplication a where a.candidateId = :candidate order by a.appliedAt desc")
@NamedQuery(name = JobApplication.OF_OFFER, query = "select a from JobApplication a where a.offerId = :offer order by a.appliedAt")
@NamedQuery(name = JobApplication.COUNT_OF_OFFER_AND_CANDIDATE, query = "select count(a) from JobApplication a where a.offerId = :offer and a.candidateId = :candidate")
@NamedQuery(name = JobApplication.FORGET_MESSAGES, query = "update JobApplication a set a.message = null where a.candidateId in :candidates")
@NamedQuery(name = JobApplication.COUNT_TO_COMPANY, query = "select count(a) from JobApplication a, Offer o where o.id = a.offerId "
        + "and a.candidateId = :candidate and o.organisationId = :organisation")
public class JobApplication {

    public static final String COUNT_TO_COMPANY = "JobApplication.countToCompany";
    public static final String FORGET_MESSAGES = "JobApplication.forgetMessages";
    public static final String OF_CANDIDATE = "JobApplication.ofCandidate";
    public static final String OF_OFFER = "JobApplication.ofOffer";
    public static final String COUNT_OF_OFFER_AND_CANDIDATE = "JobApplication.countOfOfferAndCandidate";
    public static final int MESSAGE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "candidate_id")
    private Long candidateId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private String message;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private int version;

    protected JobApplication() {
    }

    public JobApplication(Long offerId, Long candidateId, String message, Instant now) {
        this.offerId = offerId;
        this.candidateId = candidateId;
        this.message = checkedMessage(message);
        this.status = ApplicationStatus.RECEIVED;
        this.appliedAt = now;
        this.changedAt = now;
    }

    /** Moves to {@code target} if allowed from here; {@code seen} is the status the person moving saw. */
    public ApplicationStep moveTo(ApplicationStatus seen, ApplicationStatus target, String note, Long by, Instant now) {
        if (seen != null && seen != status) {
            throw Refusal.conflict("offer.application.changed");
        }
        if (!status.canMoveTo(target)) {
            throw Refusal.invalid("offer.application.notAllowed");
        }
        ApplicationStep step = new ApplicationStep(id, target, checkedMessage(note), by, now);
        status = target;
        changedAt = now;
        return step;
    }

    static String checkedMessage(String text) {
        String kept = text == null || text.isBlank() ? null : text.strip();
        if (kept != null && kept.length() > MESSAGE_MAX) {
            throw Refusal.invalid("offer.message.tooLong", MESSAGE_MAX);
        }
        return kept;
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
