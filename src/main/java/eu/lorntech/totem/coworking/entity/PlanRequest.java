package eu.lorntech.totem.coworking.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
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
import java.time.Instant;

/**
 * A member asking for a plan of a site. It waits until a space manager of the site approves it (the
 * member then holds the plan) or declines it; while it waits it holds its site in a column under a
 * unique key with the member, so a member has at most one waiting request per site (see V10_0).
 */
@Entity
@Table(name = "plan_request")
@NamedQuery(name = PlanRequest.PENDING_OF_SITE, query = "select r from PlanRequest r join fetch r.plan "
        + "where r.pendingSiteId = :siteId order by r.requestedAt, r.id")
@NamedQuery(name = PlanRequest.PENDING_OF_USER_AT_SITE, query = "select r from PlanRequest r join fetch r.plan "
        + "where r.userId = :userId and r.pendingSiteId = :siteId")
@NamedQuery(name = PlanRequest.COUNT_PENDING_OF_SITE, query = "select count(r) from PlanRequest r where r.pendingSiteId = :siteId")
public class PlanRequest {
    public static final String PENDING_OF_SITE = "PlanRequest.pendingOfSite";
    public static final String PENDING_OF_USER_AT_SITE = "PlanRequest.pendingOfUserAtSite";
    public static final String COUNT_PENDING_OF_SITE = "PlanRequest.countPendingOfSite";

    public enum Status { PENDING, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "pending_site_id")
    private Long pendingSiteId;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected PlanRequest() {
    }

    public PlanRequest(Long userId, Plan plan, Instant now) {
        this.userId = userId;
        this.plan = plan;
        this.status = Status.PENDING;
        this.pendingSiteId = plan.getSiteId();
        this.requestedAt = now;
    }

    /** Approves or declines a waiting request; a decided one stays as it is. */
    public void decide(boolean approve, String by, Instant now) {
        if (status != Status.PENDING) {
            throw Refusal.conflict("planRequest.alreadyDecided");
        }
        status = approve ? Status.APPROVED : Status.DECLINED;
        pendingSiteId = null;
        decidedBy = by;
        decidedAt = now;
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

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
