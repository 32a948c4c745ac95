package eu.lorntech.totem.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A programme of a site: talent detection, incubation or acceleration. */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.ALL, query = "select p from Programme p order by p.name")
@NamedQuery(name = Programme.COUNTS_PER_SITE, query = "select p.siteId, count(distinct p.id), count(distinct c.id), count(distinct s.id) from "
        + "Programme p left join Cohort c on c.programme = p left join Startup s on s.cohort = c group by "
        + "p.siteId order by p.siteId")
@NamedQuery(name = Programme.ID_BY_SITE_AND_NAME, query = "select p.id from Programme p where p.siteId = :s and p.name = :n")
@NamedQuery(name = Programme.OF_SITE, query = "select p from Programme p where p.siteId = :s order by p.name")
public class Programme {

    public static final String ALL = "Programme.all";
    public static final String COUNTS_PER_SITE = "Programme.countsPerSite";
    public static final String ID_BY_SITE_AND_NAME = "Programme.idBySiteAndName";
    public static final String OF_SITE = "Programme.ofSite";

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
