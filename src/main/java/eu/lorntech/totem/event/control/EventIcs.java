package eu.lorntech.totem.event.control;

import eu.lorntech.totem.event.entity.Event;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/** Events as an iCalendar (RFC 5545) document, built with ical4j; times in UTC. */
public final class EventIcs {

    private EventIcs() {
    }

    /** One VEVENT per event, with its place and the address of its public page. */
    public static String write(List<Event> events, java.util.function.Function<Event, String> location,
            java.util.function.Function<Event, String> pageUrl) {
        Calendar calendar = new Calendar().withProdId("-//LorNTech//Totem events//FR").withDefaults().getFluentTarget();
        for (Event e : events) {
            VEvent v = new VEvent(e.getStartsAt().atOffset(ZoneOffset.UTC), e.getEndsAt().atOffset(ZoneOffset.UTC), e.getTitle());
            v.add(new Uid("event-" + e.getId() + "@totem.lorntech.eu"));
            String where = location.apply(e);
            if (where != null && !where.isBlank()) {
                v.add(new Location(where));
            }
            if (e.getSummary() != null) {
                v.add(new Description(e.getSummary()));
            }
            try {
                v.add(new Url(java.net.URI.create(pageUrl.apply(e))));
            } catch (IllegalArgumentException notAnAddress) {
                // the event is in the calendar without its link
            }
            calendar.add(v);
        }
        return calendar.toString();
    }
}
