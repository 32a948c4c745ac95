package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.form.entity.Response;
import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A project team's application to a call: written as a draft, submitted before the deadline, then decided. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private CallForApplications call;

    @Column(name = "founder_id")
    private Long founderId;

    @Column(name = "project_name")
    private String projectName;

    private String summary;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The answers to the call's questions, in the shared form engine; created with the application. */
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "response_id")
    private Response response;

    @Version
    private int version;

    protected Application() {
    }

    public Application(CallForApplications call, Long founderId, String projectName, String summary, Instant now) {
        call.requireOpen(now);
        if (projectName == null || projectName.isBlank() || projectName.strip().length() > 160) {
            throw Refusal.invalid("application.projectName.invalid");
        }
        this.call = call;
        this.founderId = founderId;
        this.projectName = projectName.strip();
        this.summary = summary;
        this.response = new Response(call.getForm());
    }

    /** Answers to the call's questions change on the same terms as the application itself: until the deadline, and never once decided. */
    public Response answerable(Instant now) {
        call.requireOpen(now);
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.SUBMITTED) {
            throw Refusal.conflict("application.decided");
        }
        return response;
    }

    /** The answers, to read. */
    public Response getResponse() {
        return response;
    }

    /** Edits are allowed until the deadline, submitted or not. */
    public void edit(String newSummary, Instant now) {
        call.requireOpen(now);
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.SUBMITTED) {
            throw Refusal.conflict("application.decided");
        }
        this.summary = newSummary;
    }

    public void submit(Instant now) {
        call.requireOpen(now);
        if (status != ApplicationStatus.DRAFT) {
            throw Refusal.conflict("application.alreadySubmitted");
        }
        if (summary == null || summary.isBlank()) {
            throw Refusal.invalid("application.summaryRequired");
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
    }

    public void decide(ApplicationStatus decision, Instant now) {
        if (status == ApplicationStatus.DRAFT || decision == ApplicationStatus.DRAFT || decision == ApplicationStatus.SUBMITTED) {
            throw Refusal.conflict("application.notDecidable");
        }
        status = decision;
        decidedAt = now;
    }

    public boolean isOwnedBy(Long userId) {
        return founderId.equals(userId);
    }

    public Long getId() {
        return id;
    }

    public CallForApplications getCall() {
        return call;
    }

    public Long getFounderId() {
        return founderId;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getSummary() {
        return summary;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
