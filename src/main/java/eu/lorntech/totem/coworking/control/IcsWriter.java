package eu.lorntech.totem.coworking.control;

import eu.lorntech.totem.coworking.entity.Booking;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

/** Bookings as an iCalendar (RFC 5545) document, built with ical4j; times in UTC. */
public final class IcsWriter {

    private IcsWriter() {
    }

    public static String write(List<Booking> bookings, Function<Booking, String> summary, String location) {
        Calendar calendar = new Calendar().withProdId("-//LorNTech//Totem//FR").withDefaults().getFluentTarget();
        for (Booking b : bookings) {
            VEvent event = new VEvent(b.getStartsAt().atOffset(ZoneOffset.UTC), b.getEndsAt().atOffset(ZoneOffset.UTC), summary.apply(b));
            event.add(new Uid("booking-" + b.getId() + "@totem.lorntech.eu"));
            if (location != null) {
                event.add(new Location(location));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }
}
