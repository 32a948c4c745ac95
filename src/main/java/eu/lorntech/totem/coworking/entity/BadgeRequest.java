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
 * A person asking for the badge of a machine after a training (a programme's training milestone).
 * Asking grants nothing: it waits until a space manager of the machine's site confirms it. While it
 * waits it holds its machine in a column under a unique key with the person (see V10_5).
 */
@Entity
@Table(name = "badge_request")
@NamedQuery(name = BadgeRequest.PENDING_OF_SITE, query = "select r from BadgeRequest r join fetch r.resource "
        + "where r.siteId = :siteId and r.status = eu.lorntech.totem.coworking.entity.BadgeRequest.Status.PENDING "
        + "order by r.requestedAt, r.id")
@NamedQuery(name = BadgeRequest.PENDING_OF_USER_FOR, query = "select r from BadgeRequest r "
        + "where r.userId = :userId and r.pendingResourceId = :resourceId")
public class BadgeRequest {
    public static final String PENDING_OF_SITE = "BadgeRequest.pendingOfSite";
    public static final String PENDING_OF_USER_FOR = "BadgeRequest.pendingOfUserFor";

    public enum Status { PENDING, CONFIRMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    @Column(name = "site_id")
    private Long siteId;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "pending_resource_id")
    private Long pendingResourceId;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    protected BadgeRequest() {
    }

    public BadgeRequest(Long userId, Resource machine, String reason, String requestedBy, Instant now) {
        if (machine.getKind() != ResourceKind.MACHINE) {
            throw Refusal.notFound("booking.resource.notFound");
        }
        this.userId = userId;
        this.resource = machine;
        this.siteId = machine.getSiteId();
        this.reason = reason == null || reason.isBlank() ? "-" : reason.strip().substring(0, Math.min(200, reason.strip().length()));
        this.status = Status.PENDING;
        this.pendingResourceId = machine.getId();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    /** Confirms a waiting request; a confirmed one stays as it is. */
    public void confirm(String by, Instant now) {
        if (status != Status.PENDING) {
            throw Refusal.conflict("badgeRequest.alreadyConfirmed");
        }
        status = Status.CONFIRMED;
        pendingResourceId = null;
        confirmedBy = by;
        confirmedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Resource getResource() {
        return resource;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
