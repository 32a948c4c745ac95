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
import java.time.LocalDate;

/** A detection action of a site (a school visit, a hackathon, a jury day), where candidates were met. */
@Entity
@Table(name = "detection_action")
@NamedQuery(name = DetectionAction.OF_SITE, query = "select a from DetectionAction a where a.siteId = :site order by a.heldOn desc, a.title")
public class DetectionAction {

    public static final String OF_SITE = "DetectionAction.ofSite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "school_id")
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    private DetectionKind kind;

    private String title;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Version
    private int version;

    protected DetectionAction() {
    }

    public DetectionAction(Long siteId, Long schoolId, DetectionKind kind, String title, LocalDate heldOn) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw Refusal.invalid("talent.action.title.required");
        }
        if (kind == null) {
            throw Refusal.invalid("talent.action.kind.required");
        }
        if (heldOn == null) {
            throw Refusal.invalid("talent.action.date.required");
        }
        this.siteId = siteId;
        this.schoolId = schoolId;
        this.kind = kind;
        this.title = title.strip();
        this.heldOn = heldOn;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public DetectionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }
}
