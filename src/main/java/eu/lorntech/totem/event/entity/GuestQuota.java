package eu.lorntech.totem.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Guest registrations made from one client address in one hour. */
@Entity
@Table(name = "event_guest_quota")
@IdClass(GuestQuota.Key.class)
@jakarta.persistence.NamedQuery(name = GuestQuota.COUNT_ROWS, query = "select count(q) from GuestQuota q where q.client = :client and q.hourFrom = :hour")
public class GuestQuota {
    public static final String COUNT_ROWS = "GuestQuota.countRows";

    public static class Key implements Serializable {
        String client;
        Instant hourFrom;

        public Key() {
        }

        public Key(String client, Instant hourFrom) {
            this.client = client;
            this.hourFrom = hourFrom;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(client, k.client) && Objects.equals(hourFrom, k.hourFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(client, hourFrom);
        }
    }

    @Id
    private String client;

    @Id
    @Column(name = "hour_from")
    private Instant hourFrom;

    private int used;

    protected GuestQuota() {
    }

    public GuestQuota(String client, Instant hourFrom) {
        this.client = client;
        this.hourFrom = hourFrom;
    }

    /** Counts {@code people} more registrations; false (and nothing counted) when that goes over the limit. */
    public boolean use(int people, int limit) {
        if (used + people > limit) {
            return false;
        }
        used += people;
        return true;
    }
}
