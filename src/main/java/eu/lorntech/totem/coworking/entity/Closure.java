package eu.lorntech.totem.coworking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A day the site is closed (bank holiday, works, an event taking the whole place). */
@Entity
@Table(name = "closure")
@NamedQuery(name = Closure.OF_SITE_BETWEEN,
        query = "select c from Closure c where c.siteId = :siteId and c.day between :from and :to order by c.day")
@NamedQuery(name = Closure.DAYS_OF_SITE_FROM,
        query = "select c.day from Closure c where c.siteId = :siteId and c.day >= :from order by c.day")
public class Closure {
    public static final String OF_SITE_BETWEEN = "Closure.ofSiteBetween";
    public static final String DAYS_OF_SITE_FROM = "Closure.daysOfSiteFrom";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "closed_on")
    private LocalDate day;

    @NotBlank
    @Size(max = 200)
    private String reason;

    protected Closure() {
    }

    public Closure(Long siteId, LocalDate day, String reason) {
        this.siteId = siteId;
        this.day = day;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getReason() {
        return reason;
    }
}
