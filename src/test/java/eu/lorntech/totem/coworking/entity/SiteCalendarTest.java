package eu.lorntech.totem.coworking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.platform.Refusal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteCalendarTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 7 December 2026, 08:00 in Paris. */
    static final Instant NOW = LocalDate.of(2026, 12, 7).atTime(8, 0).atZone(PARIS).toInstant();
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    final SiteCalendar calendar = new SiteCalendar(PARIS, weekdays(), Set.of(CHRISTMAS), 60, 120);
    final Resource room = new Resource(1L, ResourceKind.MEETING_ROOM, "Salle", 8).durations(30, 240, 15);

    static Map<DayOfWeek, LocalTime[]> weekdays() {
        Map<DayOfWeek, LocalTime[]> h = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5) {
                h.put(d, new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(19, 0)});
            }
        }
        return h;
    }

    static TimeSlot slot(LocalDate day, String from, String to) {
        return new TimeSlot(day.atTime(LocalTime.parse(from)).atZone(PARIS).toInstant(), day.atTime(LocalTime.parse(to)).atZone(PARIS).toInstant());
    }

    Optional<String> problem(TimeSlot slot) {
        return calendar.check(room, slot, NOW).map(SiteCalendar.Problem::key);
    }

    @Test
    void aSlotInsideOpeningHoursIsFine() {
        assertEquals(Optional.empty(), problem(slot(TUESDAY, "10:00", "11:00")));
        assertEquals(Optional.empty(), problem(slot(TUESDAY, "08:00", "12:00")), "from the opening, at the maximum duration");
        assertEquals(Optional.empty(), problem(slot(TUESDAY, "18:30", "19:00")), "until the closing, at the minimum duration");
    }

    @Test
    void openingHoursAreEdgesNotMargins() {
        assertEquals(Optional.of("booking.slot.outsideHours"), problem(slot(TUESDAY, "07:45", "08:30")));
        assertEquals(Optional.of("booking.slot.outsideHours"), problem(slot(TUESDAY, "18:45", "19:15")));
    }

    @Test
    void closedDaysAndWeekendsAreRefused() {
        assertEquals(Optional.of("booking.slot.closedDay"), problem(slot(CHRISTMAS, "10:00", "11:00")));
        assertEquals(Optional.of("booking.slot.closedWeekday"), problem(slot(LocalDate.of(2026, 12, 12), "10:00", "11:00")));
    }

    @Test
    void durationsGrainPastAndHorizon() {
        assertEquals(Optional.of("booking.slot.duration"), problem(slot(TUESDAY, "10:00", "10:15")), "under the minimum");
        assertEquals(Optional.of("booking.slot.duration"), problem(slot(TUESDAY, "09:00", "13:15")), "over the maximum");
        assertEquals(Optional.of("booking.slot.grain"), problem(slot(TUESDAY, "10:05", "11:05")));
        assertEquals(Optional.of("booking.slot.past"), problem(slot(LocalDate.of(2026, 12, 4), "10:00", "11:00")));
        assertEquals(Optional.of("booking.slot.beyondHorizon"), problem(slot(LocalDate.of(2027, 2, 9), "10:00", "11:00")));
    }

    @Test
    void aBookingCannotCrossMidnight() {
        Map<DayOfWeek, LocalTime[]> late = weekdays();
        late.put(DayOfWeek.TUESDAY, new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(23, 45)});
        SiteCalendar c = new SiteCalendar(PARIS, late, Set.of(), 60, 120);
        TimeSlot overnight = new TimeSlot(TUESDAY.atTime(23, 0).atZone(PARIS).toInstant(), TUESDAY.plusDays(1).atTime(1, 0).atZone(PARIS).toInstant());
        assertEquals("booking.slot.outsideHours", c.check(room, overnight, NOW).orElseThrow().key());
    }

    @Test
    void endBeforeStartIsRefusedAtOnce() {
        Refusal r = assertThrows(Refusal.class, () -> slot(TUESDAY, "11:00", "10:00"));
        assertEquals("booking.slot.endBeforeStart", r.getMessageKey());
    }

    @Test
    void cancellationCutOff() {
        Instant start = TUESDAY.atTime(10, 0).atZone(PARIS).toInstant();
        assertTrue(calendar.inTimeToCancel(start, start.minusSeconds(120 * 60)));
        assertFalse(calendar.inTimeToCancel(start, start.minusSeconds(119 * 60)));
    }
}
