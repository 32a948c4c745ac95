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
import java.time.LocalDate;

/**
 * A hire through an offer: which company, at which site, of what kind, in which sector and country,
 * on which day. Kept apart from the application so the outcome figures outlive an anonymisation.
 */
@Entity
@Table(name = "placement")
@NamedQuery(name = Placement.PER_COMPANY, query = "select p.organisationId, p.sector, p.country, count(p) from Placement p "
        + "where (:site is null or p.siteId = :site) group by p.organisationId, p.sector, p.country order by count(p) desc")
@NamedQuery(name = Placement.PER_SITE, query = "select p.siteId, count(p) from Placement p group by p.siteId")
public class Placement {

    public static final String PER_COMPANY = "Placement.perCompany";
    public static final String PER_SITE = "Placement.perSite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "site_id")
    private Long siteId;

    @Enumerated(EnumType.STRING)
    private OfferKind kind;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private String country;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    protected Placement() {
    }

    public Placement(JobApplication a, Offer o, Sector sector, LocalDate hiredOn) {
        this.applicationId = a.getId();
        this.offerId = o.getId();
        this.candidateId = a.getCandidateId();
        this.organisationId = o.getOrganisationId();
        this.siteId = o.getSiteId();
        this.kind = o.getKind();
        this.sector = sector;
        this.country = o.getCountry();
        this.hiredOn = hiredOn;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }
}
