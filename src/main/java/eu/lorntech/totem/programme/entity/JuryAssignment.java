package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

/** A juror asked to score an application; a declared conflict of interest takes it off their list. */
@Entity
@Table(name = "jury_assignment")
@NamedQuery(name = JuryAssignment.BY_APPLICATION_AND_JUROR, query = "select j from JuryAssignment j where j.application = :a and j.jurorId = :u")
@NamedQuery(name = JuryAssignment.BY_APPLICATION_ID_AND_JUROR, query = "select j from JuryAssignment j where j.application.id = :a and j.jurorId = :u")
@NamedQuery(name = JuryAssignment.COUNT_PER_APPLICATION_OF_CALL, query = "select j.application.id, count(j) from JuryAssignment j where j.application.call.id = :c and "
        + "j.conflict = false group by j.application.id")
@NamedQuery(name = JuryAssignment.ID_OF_APPLICATION_AND_JUROR, query = "select j.id from JuryAssignment j where j.application = :a and j.jurorId = :u")
@NamedQuery(name = JuryAssignment.OF_JUROR, query = "select j from JuryAssignment j join fetch j.application a join fetch a.call where j.jurorId = "
        + ":u order by j.id")
@NamedQuery(name = JuryAssignment.PAIRS_OF_CALL, query = "select new eu.lorntech.totem.programme.entity.EvenAssignment$Pair(j.application.id, j.jurorId) "
        + "from JuryAssignment j where j.application.call.id = :c")
@NamedQuery(name = JuryAssignment.WITHOUT_CONFLICT_OF_JUROR, query = "select j from JuryAssignment j join fetch j.application a join fetch a.call where j.jurorId = "
        + ":u and j.conflict = false order by a.id")
public class JuryAssignment {

    public static final String BY_APPLICATION_AND_JUROR = "JuryAssignment.byApplicationAndJuror";
    public static final String BY_APPLICATION_ID_AND_JUROR = "JuryAssignment.byApplicationIdAndJuror";
    public static final String COUNT_PER_APPLICATION_OF_CALL = "JuryAssignment.countPerApplicationOfCall";
    public static final String ID_OF_APPLICATION_AND_JUROR = "JuryAssignment.idOfApplicationAndJuror";
    public static final String OF_JUROR = "JuryAssignment.ofJuror";
    public static final String PAIRS_OF_CALL = "JuryAssignment.pairsOfCall";
    public static final String WITHOUT_CONFLICT_OF_JUROR = "JuryAssignment.withoutConflictOfJuror";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "juror_id")
    private Long jurorId;

    private boolean conflict;

    protected JuryAssignment() {
    }

    public JuryAssignment(Application application, Long jurorId) {
        this.application = application;
        this.jurorId = jurorId;
    }

    public void declareConflict() {
        conflict = true;
    }

    /** A juror with a conflict cannot score; only submitted applications are scored. */
    public void requireScorable() {
        if (conflict) {
            throw Refusal.forbidden("jury.conflictDeclared");
        }
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw Refusal.conflict("jury.notSubmitted");
        }
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public Long getJurorId() {
        return jurorId;
    }

    public boolean isConflict() {
        return conflict;
    }
}
