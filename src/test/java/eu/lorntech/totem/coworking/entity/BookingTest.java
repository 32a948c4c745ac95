package eu.lorntech.totem.coworking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.lorntech.totem.platform.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingTest {

    static final Instant START = Instant.parse("2026-12-08T09:00:00Z");
    final Resource room = new Resource(1L, ResourceKind.MEETING_ROOM, "Salle", 8).durations(30, 240, 15);

    Booking booking() {
        return new Booking(room, 7L, new TimeSlot(START, START.plus(Duration.ofHours(2))), 120, "me", START.minus(Duration.ofDays(1)));
    }

    @Test
    void theBufferExtendsWhatIsBlocked() {
        Booking b = booking();
        assertEquals(START.plus(Duration.ofMinutes(135)), b.getBlockedUntil());
        assertEquals(9, b.claims().size(), "2 h + 15 min buffer = 9 quarter hours");
    }

    @Test
    void cancellingInTimeGivesCreditsBackLateDoesNot() {
        Booking early = booking();
        early.cancel(START.minus(Duration.ofHours(3)), true, null);
        assertEquals(BookingStatus.CANCELLED, early.getStatus());
        assertEquals(0, early.getCreditMinutes());
        Booking late = booking();
        late.cancel(START.minus(Duration.ofMinutes(10)), false, null);
        assertEquals(120, late.getCreditMinutes());
    }

    @Test
    void aStartedOrCancelledBookingCannotBeCancelled() {
        assertEquals("booking.cancel.started", assertThrows(Refusal.class, () -> booking().cancel(START, true, null)).getMessageKey());
        Booking b = booking();
        b.cancel(START.minusSeconds(3600 * 5), true, null);
        assertEquals("booking.cancel.notLive", assertThrows(Refusal.class, () -> b.cancel(START.minusSeconds(3600), true, null)).getMessageKey());
    }

    @Test
    void checkInOpensFifteenMinutesBeforeTheStart() {
        assertThrows(Refusal.class, () -> booking().checkIn(START.minus(Duration.ofMinutes(16))));
        Booking b = booking();
        b.checkIn(START.minus(Duration.ofMinutes(15)));
        assertEquals(START.minus(Duration.ofMinutes(15)), b.getCheckedInAt());
        assertThrows(Refusal.class, () -> booking().checkIn(START.plus(Duration.ofHours(2))), "after the end");
    }
}
