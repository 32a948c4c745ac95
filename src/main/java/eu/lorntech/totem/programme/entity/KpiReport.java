package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A startup's key figures for one quarter (one report per startup and quarter, by constraint):
 * revenue, jobs created, funds raised, customers. Written once the quarter has ended, editable until
 * the manager locks the quarter.
 */
@Entity
@Table(name = "kpi_report")
@NamedQuery(name = KpiReport.OF_STARTUP, query = "select k from KpiReport k where k.startupId = :s order by k.quarter desc")
@NamedQuery(name = KpiReport.OF_STARTUP_IN_QUARTER, query = "select k from KpiReport k where k.startupId = :s and k.quarter = :q")
@NamedQuery(name = KpiReport.TOTALS_PER_QUARTER, query = "select k.quarter, count(k), sum(k.revenue), sum(k.jobs), sum(k.fundsRaised), sum(k.customers) "
        + "from KpiReport k where k.quarter between :from and :to group by k.quarter order by k.quarter")
@NamedQuery(name = KpiReport.TOTALS_PER_QUARTER_OF_COHORT, query = "select k.quarter, count(k), sum(k.revenue), sum(k.jobs), sum(k.fundsRaised), sum(k.customers) "
        + "from KpiReport k, Startup s where s.id = k.startupId and s.cohort.programme.id = :p and "
        + "s.cohort.id = :c and k.quarter between :from and :to group by k.quarter order by k.quarter")
@NamedQuery(name = KpiReport.TOTALS_PER_QUARTER_OF_PROGRAMME, query = "select k.quarter, count(k), sum(k.revenue), sum(k.jobs), sum(k.fundsRaised), sum(k.customers) "
        + "from KpiReport k, Startup s where s.id = k.startupId and s.cohort.programme.id = :p and "
        + "k.quarter between :from and :to group by k.quarter order by k.quarter")
@NamedQuery(name = KpiReport.TOTALS_PER_SITE_IN_QUARTER, query = "select s.cohort.programme.siteId, sum(k.revenue), sum(k.jobs), sum(k.fundsRaised), "
        + "sum(k.customers) from KpiReport k, Startup s where s.id = k.startupId and k.quarter = :q group "
        + "by s.cohort.programme.siteId")
public class KpiReport {

    public static final String OF_STARTUP = "KpiReport.ofStartup";
    public static final String OF_STARTUP_IN_QUARTER = "KpiReport.ofStartupInQuarter";
    public static final String TOTALS_PER_QUARTER = "KpiReport.totalsPerQuarter";
    public static final String TOTALS_PER_QUARTER_OF_COHORT = "KpiReport.totalsPerQuarterOfCohort";
    public static final String TOTALS_PER_QUARTER_OF_PROGRAMME = "KpiReport.totalsPerQuarterOfProgramme";
    public static final String TOTALS_PER_SITE_IN_QUARTER = "KpiReport.totalsPerSiteInQuarter";

    /** The four figures, as entered. */
    public record Figures(BigDecimal revenue, int jobs, BigDecimal fundsRaised, int customers) implements java.io.Serializable {
        public Figures {
            if (revenue == null || fundsRaised == null) {
                throw Refusal.invalid("kpi.figures.required");
            }
            if (revenue.signum() < 0 || fundsRaised.signum() < 0 || jobs < 0 || customers < 0) {
                throw Refusal.invalid("kpi.figures.negative");
            }
            if (revenue.compareTo(LIMIT) >= 0 || fundsRaised.compareTo(LIMIT) >= 0 || revenue.scale() > 2 || fundsRaised.scale() > 2) {
                throw Refusal.invalid("kpi.figures.tooLarge");
            }
        }
    }

    static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "startup_id")
    private Long startupId;

    private int quarter;

    private BigDecimal revenue;

    private int jobs;

    @Column(name = "funds_raised")
    private BigDecimal fundsRaised;

    private int customers;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "reported_by")
    private Long reportedBy;

    @Version
    private int version;

    protected KpiReport() {
    }

    public KpiReport(Long startupId, Quarter quarter, Figures figures, Long by, Instant now, LocalDate today) {
        if (!quarter.lastDay().isBefore(today)) {
            throw Refusal.invalid("kpi.quarter.notEnded");
        }
        this.startupId = startupId;
        this.quarter = quarter.code();
        set(figures, by, now);
    }

    public void revise(Figures figures, Long by, Instant now) {
        set(figures, by, now);
    }

    private void set(Figures figures, Long by, Instant now) {
        this.revenue = figures.revenue();
        this.jobs = figures.jobs();
        this.fundsRaised = figures.fundsRaised();
        this.customers = figures.customers();
        this.reportedBy = by;
        this.reportedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getStartupId() {
        return startupId;
    }

    public Quarter getQuarter() {
        return Quarter.ofCode(quarter);
    }

    public Figures getFigures() {
        return new Figures(revenue, jobs, fundsRaised, customers);
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
