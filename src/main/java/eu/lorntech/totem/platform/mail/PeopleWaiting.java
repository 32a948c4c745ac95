package eu.lorntech.totem.platform.mail;

import eu.lorntech.totem.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work that people are waiting for right now on this server (a registration in a rush, counted by the
 * module that queues it): while there is some, the outbox's mails give way, so that sending never
 * slows a registration. They wait {@code totem.mail.give-way-seconds} (default 20) at most from the
 * start of the busy spell, then go out whatever the load: a rush delays its confirmations by
 * seconds, and endless traffic never stops the mail.
 */
@ApplicationScoped
public class PeopleWaiting {

    public static final String GIVE_WAY = "totem.mail.give-way-seconds";

    private final AtomicInteger inFlight = new AtomicInteger();

    private volatile long busySince;

    private final long longestWait;

    private final java.util.function.LongSupplier clock;

    public PeopleWaiting() {
        this(Math.max(0, Settings.integer(GIVE_WAY, 20)) * 1_000_000_000L, System::nanoTime);
    }

    /** With the longest wait in nanoseconds and a clock of nanoseconds (tests). */
    PeopleWaiting(long longestWait, java.util.function.LongSupplier clock) {
        this.longestWait = longestWait;
        this.clock = clock;
    }

    /** A person's request starts; every {@code begin} is followed by one {@link #end}. */
    public void begin() {
        if (inFlight.getAndIncrement() == 0) {
            busySince = clock.getAsLong();
        }
    }

    public void end() {
        inFlight.decrementAndGet();
    }

    /** Whether mail should wait now: people's requests in flight, since less than the longest wait. */
    public boolean mailGivesWay() {
        return inFlight.get() > 0 && clock.getAsLong() - busySince < longestWait;
    }
}
