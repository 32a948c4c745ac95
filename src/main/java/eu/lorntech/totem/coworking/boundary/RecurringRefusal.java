package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.platform.Refusal;
import java.util.List;

/** A recurring booking placed nothing: these occurrences conflict (each with its reason). */
public class RecurringRefusal extends Refusal {

    private static final long serialVersionUID = 1L;
    private final List<Bookings.Conflict> conflicts;

    public RecurringRefusal(List<Bookings.Conflict> conflicts) {
        super(Kind.CONFLICT, "booking.recurring.conflicts",
                conflicts.stream().map(Bookings.Conflict::day).toList());
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Bookings.Conflict> getConflicts() {
        return conflicts;
    }
}
