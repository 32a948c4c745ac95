package eu.lorntech.totem.event;

import eu.lorntech.totem.As;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.control.GuestQuotas;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.identity.boundary.Sites;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.Callable;

/** Events made for a test through the organisers' own boundary, inside the server. */
public final class EventFixtures {

    public static final String ORGANISER = "evenements@totem.example";
    public static final Set<String> ORGANISER_ROLES = Set.of("EVENT_ORGANISER");

    private EventFixtures() {
    }

    public static Long menilFlin(Sites sites) {
        return sites.all().stream().filter(s -> s.code().equals("menil-flin")).findFirst().orElseThrow().id();
    }

    /** A published event at Ménil-Flin in sixty days, registration open since yesterday. */
    public static Long publishedEvent(Events events, Sites sites, String organiser, String title, int capacity) throws Exception {
        // after the demo events, so that the public catalogue's first page still shows those (EventPublicBrowserIT)
        Instant starts = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Event.Details d = new Event.Details(title, "Un événement de test", "Grande salle", "fr", starts, starts.plus(3, ChronoUnit.HOURS),
                Instant.now().minus(1, ChronoUnit.DAYS), starts, capacity);
        return As.user(organiser, ORGANISER_ROLES, () -> {
            Long id = events.create(menilFlin(sites), EventKind.SEMINAR, d);
            events.publish(id);
            return id;
        });
    }

    /**
     * Runs {@code work} with the guest limit per client address set to {@code limit} in this server
     * (0 for none), then puts the setting back: the tests' HTTP requests all come from 127.0.0.1.
     */
    public static <T> T withGuestLimit(int limit, Callable<T> work) throws Exception {
        String before = System.getProperty(GuestQuotas.LIMIT);
        System.setProperty(GuestQuotas.LIMIT, String.valueOf(limit));
        try {
            return work.call();
        } finally {
            if (before == null) {
                System.clearProperty(GuestQuotas.LIMIT);
            } else {
                System.setProperty(GuestQuotas.LIMIT, before);
            }
        }
    }

    public static <T> T withoutGuestLimit(Callable<T> work) throws Exception {
        return withGuestLimit(0, work);
    }
}
