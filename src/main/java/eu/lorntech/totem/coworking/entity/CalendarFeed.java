package eu.lorntech.totem.coworking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's private iCal feed: whoever holds the URL reads that member's bookings; revoked by a new token. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.BY_TOKEN, query = "select f from CalendarFeed f where f.token = :token")
public class CalendarFeed {
    public static final String BY_TOKEN = "CalendarFeed.byToken";

    @Id
    @Column(name = "user_id")
    private Long userId;

    private String token;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(Long userId, String token, Instant now) {
        this.userId = userId;
        this.token = token;
        this.createdAt = now;
    }

    /** Replaces the token: the old URL stops working at once. */
    public void renew(String newToken, Instant now) {
        this.token = newToken;
        this.createdAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public String getToken() {
        return token;
    }
}
