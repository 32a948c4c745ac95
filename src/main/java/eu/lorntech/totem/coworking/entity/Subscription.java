package eu.lorntech.totem.coworking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member holding a plan from a date (until a date, if ended). */
@Entity
@Table(name = "subscription")
@NamedQuery(name = Subscription.ACTIVE_OF_USER_AT_SITE, query = "select s from Subscription s join fetch s.plan p "
        + "where s.userId = :userId and p.siteId = :siteId and s.startsOn <= :day and (s.endsOn is null or s.endsOn >= :day) "
        + "order by s.startsOn desc")
public class Subscription {
    public static final String ACTIVE_OF_USER_AT_SITE = "Subscription.activeOfUserAtSite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected Subscription() {
    }

    public Subscription(Long userId, Plan plan, LocalDate startsOn) {
        this.userId = userId;
        this.plan = plan;
        this.startsOn = startsOn;
    }

    public void endOn(LocalDate day) {
        this.endsOn = day;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Plan getPlan() {
        return plan;
    }
}
