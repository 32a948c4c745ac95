package eu.lorntech.totem.coworking.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A coworking plan of a site: monthly hours of booking, or unlimited. */
@Entity
@Table(name = "plan")
@NamedQuery(name = Plan.OF_SITE, query = "select p from Plan p where p.siteId = :siteId order by p.name")
public class Plan {
    public static final String OF_SITE = "Plan.ofSite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    private String name;

    @Column(name = "monthly_hours")
    private int monthlyHours;

    private boolean unlimited;

    @Column(name = "monthly_price")
    private BigDecimal monthlyPrice;

    private String includes;

    protected Plan() {
    }

    public Plan(Long siteId, String name, int monthlyHours, boolean unlimited) {
        if (monthlyHours < 0) {
            throw Refusal.invalid("plan.hours.invalid");
        }
        this.siteId = siteId;
        this.name = name;
        this.monthlyHours = monthlyHours;
        this.unlimited = unlimited;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getName() {
        return name;
    }

    public int getMonthlyHours() {
        return monthlyHours;
    }

    public boolean isUnlimited() {
        return unlimited;
    }

    /** What the public offer says of the plan: its monthly price in euros (none: on request) and what it includes. */
    public Plan offeredAt(BigDecimal price, String included) {
        if (price != null && price.signum() < 0) {
            throw Refusal.invalid("plan.price.invalid");
        }
        this.monthlyPrice = price;
        this.includes = included;
        return this;
    }

    public BigDecimal getMonthlyPrice() {
        return monthlyPrice;
    }

    public String getIncludes() {
        return includes;
    }

    public long monthlyMinutes() {
        return monthlyHours * 60L;
    }
}
