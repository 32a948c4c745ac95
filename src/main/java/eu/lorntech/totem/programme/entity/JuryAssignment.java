package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

/** A juror asked to score an application; a declared conflict of interest takes it off their list. */
@Entity
@Table(name = "jury_assignment")
public class JuryAssignment {

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
