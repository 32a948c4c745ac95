package eu.lorntech.totem.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person who runs an event: its creator and the co-organisers they named. */
@Entity
@Table(name = "event_organiser")
@IdClass(EventOrganiser.Key.class)
@NamedQuery(name = EventOrganiser.OF_EVENT, query = "select o.userId from EventOrganiser o where o.eventId = :event")
@NamedQuery(name = EventOrganiser.IS, query = "select count(o) from EventOrganiser o where o.eventId = :event and o.userId = :user")
public class EventOrganiser {
    public static final String OF_EVENT = "EventOrganiser.ofEvent";
    public static final String IS = "EventOrganiser.is";

    public static class Key implements Serializable {
        Long eventId;
        Long userId;

        public Key() {
        }

        public Key(Long eventId, Long userId) {
            this.eventId = eventId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, userId);
        }
    }

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    protected EventOrganiser() {
    }

    public EventOrganiser(Long eventId, Long userId) {
        this.eventId = Objects.requireNonNull(eventId);
        this.userId = Objects.requireNonNull(userId);
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getUserId() {
        return userId;
    }
}
