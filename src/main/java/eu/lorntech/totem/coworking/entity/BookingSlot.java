package eu.lorntech.totem.coworking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One quarter hour of a resource claimed by a live booking. The primary key (resource, quarter
 * hour) is the database's guarantee that no two bookings overlap.
 */
@Entity
@Table(name = "booking_slot")
@IdClass(BookingSlot.Key.class)
public class BookingSlot {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long resourceId;
        Instant slotStart;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(resourceId, k.resourceId) && Objects.equals(slotStart, k.slotStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(resourceId, slotStart);
        }
    }

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    @Id
    @Column(name = "slot_start")
    private Instant slotStart;

    @Column(name = "booking_id")
    private Long bookingId;

    protected BookingSlot() {
    }

    BookingSlot(Long resourceId, Instant slotStart, Long bookingId) {
        this.resourceId = resourceId;
        this.slotStart = slotStart;
        this.bookingId = bookingId;
    }
}
