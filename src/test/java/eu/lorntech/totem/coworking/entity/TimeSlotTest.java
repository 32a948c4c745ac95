package eu.lorntech.totem.coworking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.platform.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSlotTest {

    static final Instant T10 = Instant.parse("2026-12-08T09:00:00Z");

    static TimeSlot hour(Instant start) {
        return new TimeSlot(start, start.plus(Duration.ofHours(1)));
    }

    @Test
    void touchingSlotsDoNotOverlap() {
        assertFalse(hour(T10).overlaps(hour(T10.plus(Duration.ofHours(1)))));
        assertTrue(hour(T10).overlaps(hour(T10.plus(Duration.ofMinutes(45)))));
        assertTrue(hour(T10).overlaps(new TimeSlot(T10.plusSeconds(900), T10.plusSeconds(1800))), "contained");
    }

    @Test
    void aBufferIsTakenToo() {
        TimeSlot withCleaning = hour(T10).withBuffer(Duration.ofMinutes(15));
        assertTrue(withCleaning.overlaps(hour(T10.plus(Duration.ofHours(1)))));
        assertEquals(5, withCleaning.quarterHours().size());
        assertEquals(T10, withCleaning.quarterHours().get(0));
    }

    @Test
    void grainIsTheQuarterHour() {
        assertTrue(hour(T10).isOnGrain());
        assertFalse(hour(T10.plusSeconds(60)).isOnGrain());
        assertFalse(hour(T10.plusMillis(1)).isOnGrain());
    }

    @Test
    void anInstantFallsInItsQuarterHour() {
        assertEquals(T10, TimeSlot.quarterHourOf(T10.plusSeconds(14 * 60 + 59)));
        assertEquals(T10.plusSeconds(900), TimeSlot.quarterHourOf(T10.plusSeconds(900)));
    }

    @Test
    void emptyOrReversedSlotsDoNotExist() {
        assertEquals("booking.slot.endBeforeStart", assertThrows(Refusal.class, () -> new TimeSlot(T10, T10)).getMessageKey());
        assertEquals("booking.slot.missing", assertThrows(Refusal.class, () -> new TimeSlot(null, T10)).getMessageKey());
    }
}
