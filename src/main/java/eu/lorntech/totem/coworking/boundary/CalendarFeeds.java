package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.control.IcsWriter;
import eu.lorntech.totem.coworking.entity.Booking;
import eu.lorntech.totem.coworking.entity.CalendarFeed;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** iCal feeds: a private one per member (secret URL, renewable), a public one per resource (busy times only). */
@Stateless
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration PAST = Duration.ofDays(30);
    private static final Duration FUTURE = Duration.ofDays(180);

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    /** The caller's feed token, created on first use. */
    @PermitAll
    public String myToken() {
        Caller me = people.requireCurrent();
        CalendarFeed feed = em.find(CalendarFeed.class, me.id());
        if (feed == null) {
            feed = new CalendarFeed(me.id(), newToken(), Instant.now());
            em.persist(feed);
        }
        return feed.getToken();
    }

    /** A new secret URL; the old one stops working. */
    @PermitAll
    public String renewMyToken() {
        Caller me = people.requireCurrent();
        CalendarFeed feed = em.find(CalendarFeed.class, me.id());
        if (feed == null) {
            return myToken();
        }
        feed.renew(newToken(), Instant.now());
        return feed.getToken();
    }

    /** The member's live bookings from a month ago to six months ahead; empty for an unknown token. */
    @PermitAll
    public Optional<String> memberFeed(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(CalendarFeed.BY_TOKEN, CalendarFeed.class).setParameter("token", token)
                .getResultStream().findFirst().map(feed -> {
                    Instant now = Instant.now();
                    List<Booking> bookings = em.createQuery("select b from Booking b join fetch b.resource where b.userId = :u "
                                    + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED "
                                    + "and b.endsAt > :from and b.startsAt < :to order by b.startsAt", Booking.class)
                            .setParameter("u", feed.getUserId()).setParameter("from", now.minus(PAST))
                            .setParameter("to", now.plus(FUTURE)).getResultList();
                    return IcsWriter.write(bookings, b -> b.getResource().getName(), null);
                });
    }

    /** When a resource is busy (no names), for anyone to subscribe to. */
    @PermitAll
    public String resourceFeed(Long resourceId) {
        Resource resource = resourceId == null ? null : em.find(Resource.class, resourceId);
        if (resource == null || !resource.isActive()) {
            throw Refusal.notFound("booking.resource.notFound");
        }
        Instant now = Instant.now();
        List<Booking> bookings = em.createQuery("select b from Booking b where b.resource.id = :r "
                        + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED "
                        + "and b.endsAt > :from and b.startsAt < :to order by b.startsAt", Booking.class)
                .setParameter("r", resourceId).setParameter("from", now.minus(PAST)).setParameter("to", now.plus(FUTURE))
                .getResultList();
        return IcsWriter.write(bookings, b -> resource.getName() + " (busy)", resource.getName());
    }

    /** One of the caller's bookings as an .ics file, to add to their calendar. */
    @PermitAll
    public String bookingFile(Long bookingId) {
        Booking booking = bookingId == null ? null : em.find(Booking.class, bookingId);
        Caller me = people.requireCurrent();
        if (booking == null || !booking.isOwnedBy(me.id())) {
            throw Refusal.notFound("booking.notFound");
        }
        return IcsWriter.write(List.of(booking), b -> b.getResource().getName(), booking.getResource().getName());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
