package eu.lorntech.totem.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A co-founder on an application's team, named by its lead founder; reads, edits and submits it with them. */
@Entity
@Table(name = "application_member")
@IdClass(TeamMember.Key.class)
@NamedQuery(name = TeamMember.OF_APPLICATION, query = "select t from TeamMember t where t.applicationId = :a")
public class TeamMember {

    public static final String OF_APPLICATION = "TeamMember.ofApplication";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long applicationId;
        Long userId;

        public Key() {
        }

        public Key(Long applicationId, Long userId) {
            this.applicationId = applicationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(applicationId, k.applicationId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, userId);
        }
    }

    /** A team counts its lead and at most this many co-founders, each on a seat 1..MAX_MEMBERS (a check in V10_5_1). */
    public static final int MAX_MEMBERS = 9;

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "added_at")
    private Instant addedAt;

    /** The co-founder's seat on the team, unique per application (V10_5_1). */
    private int seat;

    protected TeamMember() {
    }

    public TeamMember(Long applicationId, Long userId, int seat, Instant now) {
        if (seat < 1 || seat > MAX_MEMBERS) {
            throw new IllegalArgumentException("seat " + seat);
        }
        this.applicationId = applicationId;
        this.userId = userId;
        this.seat = seat;
        this.addedAt = now;
    }

    /** The lowest seat none of {@code taken} holds, or 0 when the team is full. */
    public static int firstFreeSeat(java.util.Collection<Integer> taken) {
        for (int seat = 1; seat <= MAX_MEMBERS; seat++) {
            if (!taken.contains(seat)) {
                return seat;
            }
        }
        return 0;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getUserId() {
        return userId;
    }

    public int getSeat() {
        return seat;
    }
}
