package eu.lorntech.totem.identity.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A startup, company or school known to a site. */
@Entity
@Table(name = "organisation")
@Audited
@NamedQuery(name = Organisation.COUNT_BY_SITE_AND_KIND,
        query = "select count(o) from Organisation o where o.site = :site and o.kind = :kind")
@NamedQuery(name = Organisation.BY_SITE,
        query = "select o from Organisation o where o.site = :site order by o.name")
@NamedQuery(name = Organisation.NAMES, query = "select o.id, o.name from Organisation o where o.id in :ids")
public class Organisation {
    public static final String NAMES = "Organisation.names";
    public static final String COUNT_BY_SITE_AND_KIND = "Organisation.countBySiteAndKind";
    public static final String BY_SITE = "Organisation.bySite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @NotBlank
    @Size(max = 160)
    private String name;

    @Size(max = 1000)
    private String description;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(Site site, OrganisationKind kind, String name, String description) {
        this.site = site;
        this.kind = kind;
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Site getSite() {
        return site;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
