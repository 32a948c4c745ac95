package eu.lorntech.totem.coworking.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that decides whether a slot may be booked at a site, apart from other bookings:
 * opening hours, closures, the booking horizon, and the resource's own durations.
 */
public record SiteCalendar(ZoneId zone, Map<DayOfWeek, LocalTime[]> hours, Set<LocalDate> closures,
        int horizonDays, int cancelCutoffMinutes) {

    /** Why the slot cannot be booked, as a message key with its arguments; empty when it can. */
    public Optional<Problem> check(Resource resource, TimeSlot slot, Instant now) {
        if (!slot.isOnGrain()) {
            return Optional.of(new Problem("booking.slot.grain"));
        }
        if (slot.start().isBefore(now)) {
            return Optional.of(new Problem("booking.slot.past"));
        }
        if (slot.start().isAfter(now.plus(Duration.ofDays(horizonDays)))) {
            return Optional.of(new Problem("booking.slot.beyondHorizon", horizonDays));
        }
        long minutes = slot.minutes();
        if (minutes < resource.getMinMinutes() || minutes > resource.getMaxMinutes()) {
            return Optional.of(new Problem("booking.slot.duration", resource.getMinMinutes(), resource.getMaxMinutes()));
        }
        ZonedDateTime start = slot.start().atZone(zone);
        ZonedDateTime end = slot.end().atZone(zone);
        LocalDate day = start.toLocalDate();
        if (closures.contains(day)) {
            return Optional.of(new Problem("booking.slot.closedDay", day.toString()));
        }
        LocalTime[] open = hours.get(day.getDayOfWeek());
        if (open == null) {
            return Optional.of(new Problem("booking.slot.closedWeekday", day.toString()));
        }
        if (!end.toLocalDate().equals(day) || start.toLocalTime().isBefore(open[0]) || end.toLocalTime().isAfter(open[1])) {
            return Optional.of(new Problem("booking.slot.outsideHours", open[0].toString(), open[1].toString()));
        }
        return Optional.empty();
    }

    /** Whether cancelling at {@code now} still gives the credits back. */
    public boolean inTimeToCancel(Instant start, Instant now) {
        return !now.isAfter(start.minus(Duration.ofMinutes(cancelCutoffMinutes)));
    }

    /** A rule that says no: the message key and its arguments. */
    public record Problem(String key, Object... args) {
    }
}
