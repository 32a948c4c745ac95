package eu.lorntech.totem.event.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.platform.Refusal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Capacity, group placement and the registration window of an event. */
class EventTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    static Event event(int capacity) {
        Instant starts = NOW.plus(10, ChronoUnit.DAYS);
        return new Event(1L, EventKind.WORKSHOP, 7L, NOW, new Event.Details("ThiLab : découpe laser", null, "ThiLab", "fr", starts,
                starts.plus(2, ChronoUnit.HOURS), NOW.minus(1, ChronoUnit.DAYS), starts, capacity));
    }

    @Test
    void aGroupIsConfirmedWholeWhenItsSeatsAreThere() {
        Event e = event(10);
        assertEquals(0, e.place(5));
        assertEquals(0, e.place(5));
        assertEquals(10, e.getConfirmed());
        assertEquals(0, e.seatsLeft());
    }

    @Test
    void aGroupThatDoesNotFitWaitsWholeInArrivalOrderAndNobodyOvertakesIt() {
        Event e = event(3);
        assertEquals(0, e.place(2));
        assertEquals(1, e.place(2), "two people for one seat: both wait, numbers 1 and 2");
        assertEquals(3, e.place(1), "one seat is free but someone waits: the newcomer queues behind them");
        assertEquals(2, e.getConfirmed());
        assertEquals(3, e.getWaiting());
    }

    @Test
    void groupsOfOneToFiveOnly() {
        Event e = event(100);
        assertEquals("event.group.size", assertThrows(Refusal.class, () -> e.place(6)).getMessageKey());
        assertEquals("event.group.size", assertThrows(Refusal.class, () -> e.place(0)).getMessageKey());
        assertEquals(0, e.getConfirmed());
    }

    @Test
    void theCapacityNeverGoesBelowTheConfirmedSeats() {
        Event e = event(10);
        e.place(4);
        assertEquals("event.capacity.belowConfirmed", assertThrows(Refusal.class, () -> e.changeCapacity(3)).getMessageKey());
        e.changeCapacity(4);
        assertEquals(0, e.seatsLeft());
        assertEquals("event.capacity.range", assertThrows(Refusal.class, () -> e.changeCapacity(0)).getMessageKey());
    }

    @Test
    void registrationIsOpenInItsWindowOnceThePublishedEventIsThere() {
        Event e = event(10);
        assertEquals("event.registration.closed", assertThrows(Refusal.class, () -> e.requireOpenFor(NOW, false)).getMessageKey(),
                "a draft takes no registration");
        e.publish();
        e.requireOpenFor(NOW, false);
        assertTrue(e.isOpenFor(NOW));
        assertEquals("event.registration.closed",
                assertThrows(Refusal.class, () -> e.requireOpenFor(e.getRegistrationCloses(), false)).getMessageKey());
        assertEquals("event.registration.notYetOpen",
                assertThrows(Refusal.class, () -> e.requireOpenFor(e.getRegistrationOpens().minusSeconds(1), false)).getMessageKey());
        e.requireOpenFor(e.getRegistrationCloses(), true);
        assertFalse(e.promotesAt(e.getStartsAt()), "no promotion once the event has started");
        assertTrue(e.promotesAt(e.getStartsAt().minusSeconds(1)));
    }

    @Test
    void aPeriodOrWindowThatMakesNoSenseIsRefusedWhole() {
        Instant s = NOW.plus(1, ChronoUnit.DAYS);
        assertEquals("event.period.invalid", assertThrows(Refusal.class, () -> new Event(1L, EventKind.SEMINAR, 7L, NOW,
                new Event.Details("Séminaire", null, null, "fr", s, s, NOW, s, 10))).getMessageKey());
        assertEquals("event.window.afterEnd", assertThrows(Refusal.class, () -> new Event(1L, EventKind.SEMINAR, 7L, NOW,
                new Event.Details("Séminaire", null, null, "fr", s, s.plusSeconds(60), NOW, s.plusSeconds(61), 10))).getMessageKey());
        assertEquals("event.title.required", assertThrows(Refusal.class, () -> new Event(1L, EventKind.SEMINAR, 7L, NOW,
                new Event.Details("  ", null, null, "fr", s, s.plusSeconds(60), NOW, s, 10))).getMessageKey());
    }
}
