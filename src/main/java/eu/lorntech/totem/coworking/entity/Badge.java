package eu.lorntech.totem.coworking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person trained on a machine, so allowed to book it. */
@Entity
@Table(name = "badge")
@IdClass(Badge.Key.class)
public class Badge {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long userId;
        Long resourceId;

        public Key() {
        }

        public Key(Long userId, Long resourceId) {
            this.userId = userId;
            this.resourceId = resourceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(resourceId, k.resourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, resourceId);
        }
    }

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "granted_at")
    private Instant grantedAt;

    @Column(name = "granted_by")
    private String grantedBy;

    protected Badge() {
    }

    public Badge(Long userId, Long resourceId, String grantedBy, Instant now) {
        this.userId = userId;
        this.resourceId = resourceId;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }
}
