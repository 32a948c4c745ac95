package eu.lorntech.totem.coworking.entity;

import eu.lorntech.totem.platform.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A bookable period [start, end), on quarter hours. Touching slots (10:00-11:00 and 11:00-12:00)
 * do not overlap.
 */
public record TimeSlot(Instant start, Instant end) {

    public static final Duration GRAIN = Duration.ofMinutes(15);

    public TimeSlot {
        if (start == null || end == null) {
            throw Refusal.invalid("booking.slot.missing");
        }
        if (!start.isBefore(end)) {
            throw Refusal.invalid("booking.slot.endBeforeStart");
        }
    }

    /** The start of the quarter hour {@code instant} falls in. */
    public static Instant quarterHourOf(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond() / GRAIN.getSeconds() * GRAIN.getSeconds());
    }

    public static boolean onGrain(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES).equals(instant) && instant.getEpochSecond() / 60 % 15 == 0;
    }

    public boolean isOnGrain() {
        return onGrain(start) && onGrain(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public long minutes() {
        return duration().toMinutes();
    }

    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** This slot followed by a buffer (cleaning, cooling) that also counts as taken. */
    public TimeSlot withBuffer(Duration buffer) {
        return buffer.isZero() ? this : new TimeSlot(start, end.plus(buffer));
    }

    /** The start of every quarter hour this slot occupies. */
    public List<Instant> quarterHours() {
        List<Instant> slots = new ArrayList<>();
        for (Instant t = start; t.isBefore(end); t = t.plus(GRAIN)) {
            slots.add(t);
        }
        return slots;
    }
}
