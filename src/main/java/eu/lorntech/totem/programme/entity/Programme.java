package eu.lorntech.totem.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A programme of a site: talent detection, incubation or acceleration. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;

    private String name;

    private String description;

    protected Programme() {
    }

    public Programme(Long siteId, ProgrammeKind kind, String name, String description) {
        if (kind == null) {
            throw eu.lorntech.totem.platform.Refusal.invalid("programme.kind.required");
        }
        if (name == null || name.isBlank() || name.strip().length() > 160) {
            throw eu.lorntech.totem.platform.Refusal.invalid("programme.name.invalid");
        }
        if (description != null && description.length() > 2000) {
            throw eu.lorntech.totem.platform.Refusal.invalid("programme.description.tooLong");
        }
        this.siteId = siteId;
        this.kind = kind;
        this.name = name.strip();
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
