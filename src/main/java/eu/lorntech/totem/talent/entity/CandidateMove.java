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

/** One step of a candidate's pathway, kept for ever: from which stage (and after how many days in it) to which, who, when, why. */
@Entity
@Table(name = "candidate_move")
@NamedQuery(name = CandidateMove.OF_CANDIDATE, query = "select m from CandidateMove m where m.candidateId = :candidate order by m.movedAt desc, m.id desc")
@NamedQuery(name = CandidateMove.FORGET_NOTES, query = "update CandidateMove m set m.note = null where m.candidateId in :candidates")
@NamedQuery(name = CandidateMove.AVERAGE_DAYS_AT_SITE, query = "select m.fromStage, avg(m.daysInFrom), count(m) from CandidateMove m, Candidate c "
        + "where c.id = m.candidateId and c.siteId = :site and m.fromStage is not null group by m.fromStage")
public class CandidateMove {

    public static final String OF_CANDIDATE = "CandidateMove.ofCandidate";
    public static final String FORGET_NOTES = "CandidateMove.forgetNotes";
    public static final String AVERAGE_DAYS_AT_SITE = "CandidateMove.averageDaysAtSite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id")
    private Long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    private Stage toStage;

    @Column(name = "days_in_from")
    private Integer daysInFrom;

    @Column(name = "moved_by")
    private Long movedBy;

    @Column(name = "moved_at")
    private Instant movedAt;

    private String note;

    protected CandidateMove() {
    }

    CandidateMove(Long candidateId, Stage fromStage, Stage toStage, Integer daysInFrom, Long movedBy, Instant movedAt, String note) {
        this.candidateId = candidateId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.daysInFrom = daysInFrom;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public Stage getFromStage() {
        return fromStage;
    }

    public Stage getToStage() {
        return toStage;
    }

    public Integer getDaysInFrom() {
        return daysInFrom;
    }

    public Long getMovedBy() {
        return movedBy;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public String getNote() {
        return note;
    }
}
