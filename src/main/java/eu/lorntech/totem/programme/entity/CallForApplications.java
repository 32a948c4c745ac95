package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.FormPurpose;
import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A call for applications: open from a date to a deadline (server time, Europe/Paris for people). */
@Entity
@Table(name = "call_for_applications")
@NamedQuery(name = CallForApplications.OF_PROGRAMME, query = "select c from CallForApplications c join fetch c.programme where c.programme = :p order by "
        + "c.closesAt desc")
@NamedQuery(name = CallForApplications.OF_SITE, query = "select c from CallForApplications c join fetch c.programme p where p.siteId = :site order by "
        + "c.closesAt desc")
@NamedQuery(name = CallForApplications.OPEN_NOW, query = "select c from CallForApplications c join fetch c.programme p where c.opensAt <= :now and "
        + "c.closesAt > :now order by c.closesAt")
@NamedQuery(name = CallForApplications.OPEN_NOW_AT_SITE, query = "select c from CallForApplications c join fetch c.programme p where c.opensAt <= :now and "
        + "c.closesAt > :now and p.siteId = :site order by c.closesAt")
public class CallForApplications {

    public static final String OF_PROGRAMME = "CallForApplications.ofProgramme";
    public static final String OF_SITE = "CallForApplications.ofSite";
    public static final String OPEN_NOW = "CallForApplications.openNow";
    public static final String OPEN_NOW_AT_SITE = "CallForApplications.openNowAtSite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    private String title;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "anonymous_review")
    private boolean anonymousReview;

    /** The call's questions, in the shared form engine; created with the call. */
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "form_id")
    private Form form;

    protected CallForApplications() {
    }

    public CallForApplications(Programme programme, String title, Instant opensAt, Instant closesAt, boolean anonymousReview) {
        if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
            throw Refusal.invalid("call.dates.invalid");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw Refusal.invalid("call.title.invalid");
        }
        this.programme = programme;
        this.title = title.strip();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.anonymousReview = anonymousReview;
        this.form = new Form(FormPurpose.CALL);
    }

    /** Applications may be written, changed and submitted only while the call is open. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public void requireOpen(Instant now) {
        if (now.isBefore(opensAt)) {
            throw Refusal.invalid("call.notYetOpen");
        }
        if (!now.isBefore(closesAt)) {
            throw Refusal.invalid("call.closed");
        }
    }

    public Form getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getTitle() {
        return title;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public boolean isAnonymousReview() {
        return anonymousReview;
    }
}
