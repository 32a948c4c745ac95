package eu.lorntech.totem.coworking;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates that the demo site is open on, in the near future. */
final class CoworkingFixtures {

    private CoworkingFixtures() {
    }

    /**
     * The first day from the {@code n}-th weekday on whose weekly series of {@code weeks} dates is all
     * open (no bank holiday of the demo), so that a recurring test meets only the conflicts it made.
     */
    static LocalDate weeklySeriesStart(ZoneId zone, int n, int weeks) {
        for (int k = n; ; k++) {
            LocalDate first = nextWeekday(zone, k);
            boolean open = true;
            for (int w = 0; w < weeks; w++) {
                open &= !holiday(first.plusWeeks(w));
            }
            if (open) {
                return first;
            }
        }
    }

    static boolean holiday(LocalDate d) {
        return d.getMonthValue() == 12 && (d.getDayOfMonth() == 25 || d.getDayOfMonth() == 26)
                || d.getMonthValue() == 1 && d.getDayOfMonth() == 1;
    }

    /** The {@code n}-th Monday-to-Friday day after today (n >= 1). */
    static LocalDate nextWeekday(ZoneId zone, int n) {
        LocalDate d = LocalDate.now(zone);
        int found = 0;
        while (found < n) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5 && !(d.getMonthValue() == 12 && (d.getDayOfMonth() == 25 || d.getDayOfMonth() == 26))
                    && !(d.getMonthValue() == 1 && d.getDayOfMonth() == 1)) {
                found++;
            }
        }
        return d;
    }
}
