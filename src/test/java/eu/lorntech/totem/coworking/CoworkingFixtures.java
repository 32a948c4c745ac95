package eu.lorntech.totem.coworking;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates that the demo site is open on, in the near future. */
final class CoworkingFixtures {

    private CoworkingFixtures() {
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
