package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;

/** What a partner company says of itself to candidates: sector, country, commune, website, a word about it. */
@Entity
@Table(name = "company_page")
public class CompanyPage {

    public static final int ABOUT_MAX = 2000;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private String country;

    private String commune;

    private String website;

    private String about;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected CompanyPage() {
    }

    public CompanyPage(Long organisationId) {
        this.organisationId = organisationId;
        this.sector = Sector.SERVICES;
        this.country = "FR";
    }

    /** Replaces the page as a whole, or refuses it: a sector, a country of the region, an https address if any. */
    public void describe(Sector newSector, String newCountry, String newCommune, String newWebsite, String newAbout, Instant now) {
        if (newSector == null) {
            throw Refusal.invalid("offer.company.sector.required");
        }
        if (newCountry == null || !Profile.COUNTRIES.contains(newCountry)) {
            throw Refusal.invalid("talent.profile.country.unknown", String.valueOf(newCountry));
        }
        String c = blankToNull(newCommune);
        if (c != null && c.length() > 100) {
            throw Refusal.invalid("offer.company.commune.tooLong", 100);
        }
        String w = blankToNull(newWebsite);
        if (w != null && !isWebAddress(w)) {
            throw Refusal.invalid("offer.company.website.invalid");
        }
        String a = blankToNull(newAbout);
        if (a != null && a.length() > ABOUT_MAX) {
            throw Refusal.invalid("offer.company.about.tooLong", ABOUT_MAX);
        }
        sector = newSector;
        country = newCountry;
        commune = c;
        website = w;
        about = a;
        updatedAt = now;
    }

    static boolean isWebAddress(String s) {
        if (s.length() > 200) {
            return false;
        }
        try {
            URI u = URI.create(s);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Sector getSector() {
        return sector;
    }

    public String getCountry() {
        return country;
    }

    public String getCommune() {
        return commune;
    }

    public String getWebsite() {
        return website;
    }

    public String getAbout() {
        return about;
    }
}
