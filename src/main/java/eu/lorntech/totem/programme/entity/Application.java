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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A project team's application to a call: written as a draft, submitted before the deadline, then decided. */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.ADMISSIBLE_TO_PROGRAMME, query = "select a from Application a join fetch a.call k where k.programme = :p and a.status = "
        + "eu.lorntech.totem.programme.entity.ApplicationStatus.ACCEPTED and not exists (select s.id from "
        + "Startup s where s.applicationId = a.id) order by a.projectName")
@NamedQuery(name = Application.IDS_SUBMITTED_TO_CALL, query = "select a.id from Application a where a.call.id = :c and a.status <> "
        + "eu.lorntech.totem.programme.entity.ApplicationStatus.DRAFT")
@NamedQuery(name = Application.NOT_IN_STATUS_OF_CALL, query = "select a from Application a where a.call.id = :c and a.status <> :draft order by a.id")
@NamedQuery(name = Application.OF_TEAM_MEMBER, query = "select a from Application a join fetch a.call where " + Application.ON_TEAM
        + " order by a.id desc")
@NamedQuery(name = Application.OF_TEAM_MEMBER_IN_CALL, query = "select a from Application a join fetch a.call where " + Application.ON_TEAM
        + " and a.call.id = :c order by a.id")
public class Application {

    public static final String ADMISSIBLE_TO_PROGRAMME = "Application.admissibleToProgramme";
    public static final String IDS_SUBMITTED_TO_CALL = "Application.idsSubmittedToCall";
    public static final String NOT_IN_STATUS_OF_CALL = "Application.notInStatusOfCall";
    /** JPQL condition on an application {@code a}: the user {@code :u} is on its team (its founder or a member). */
    static final String ON_TEAM = "(a.founderId = :u or exists (select t.userId from TeamMember t where t.applicationId = a.id and t.userId = :u))";
    public static final String OF_TEAM_MEMBER = "Application.ofTeamMember";
    public static final String OF_TEAM_MEMBER_IN_CALL = "Application.ofTeamMemberInCall";

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
