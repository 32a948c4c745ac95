package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.event.control.CheckInDesk;
import eu.lorntech.totem.event.control.CheckInDesk.Answer;
import eu.lorntech.totem.event.control.EventAccess;
import eu.lorntech.totem.event.control.TicketCodes;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.Registration;
import eu.lorntech.totem.event.entity.Registration.Person;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The doors of an event: any number of stations scan QR codes, type codes or find people by name;
 * each ticket is admitted once, a second scan says when and where it was used, and a station that
 * retries a request with the same nonce gets the first answer again. Walk-ins are registered and
 * admitted at once while seats remain. For the event's organisers only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckIns {

    /** A person found by name at the door. */
    public record Found(Long id, String name, String organisation, String status, Instant checkedInAt, String station, String ticket)
            implements Serializable {
    }

    /** The door's counter: people in, of those expected. */
    public record Counter(long inside, int expected) implements Serializable {
    }

    public static final int MAX_STATION = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    CheckInDesk desk;

    @Inject
    People people;

    @Inject
    Registrations registrations;

    /** A code typed or read from a QR code, at a station, with the station's nonce for this request (a new one if none). */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Answer scan(Long eventId, String code, String station, String nonce) {
        Event e = access.organised(eventId);
        String s = station(station);
        String n = nonce == null || nonce.isBlank() ? UUID.randomUUID().toString() : nonce.trim();
        if (n.length() > 64) {
            throw Refusal.invalid("event.checkIn.nonce.tooLong", 64);
        }
        String normalised = TicketCodes.normalise(code);
        if (normalised.isEmpty()) {
            throw Refusal.invalid("event.checkIn.code.required");
        }
        Long me = people.requireCurrent().id();
        try {
            return desk.scanOnce(e.getId(), normalised, s, n, me);
        } catch (EJBException twoRequestsLoggedTheSameNonce) {
            return desk.scanOnce(e.getId(), normalised, s, n, me);
        }
    }

    /** Admits a person found by name, through their ticket. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Answer admit(Long eventId, Long registrationId, String station, String nonce) {
        Event e = access.organised(eventId);
        Registration r = registrationId == null ? null : em.find(Registration.class, registrationId);
        if (r == null || !r.getEventId().equals(e.getId())) {
            throw Refusal.notFound("event.registration.notFound");
        }
        return scan(eventId, r.getTicketCode(), station, nonce);
    }

    /** People of the event whose name starts with or contains the text (at most 20), for the door's search. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public List<Found> search(Long eventId, String text) {
        Event e = access.organised(eventId);
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.length() < 2) {
            return List.of();
        }
        return em.createQuery("select r from Registration r where r.eventId = :event and lower(r.name) like :text order by r.name, r.id",
                Registration.class).setParameter("event", e.getId()).setParameter("text", "%" + t.replace("%", "").replace("_", "") + "%")
                .setMaxResults(20).getResultStream()
                .map(r -> new Found(r.getId(), r.getName(), r.getOrganisation(), r.getStatus().name(), r.getCheckedInAt(),
                        r.getCheckedInStation(), TicketCodes.grouped(r.getTicketCode())))
                .toList();
    }

    /** Someone at the door without a registration, while seats remain: registered and let in at once. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Answer walkIn(Long eventId, Person person, String language, String station) {
        Registration r = registrations.walkIn(eventId, person, language);
        return scan(eventId, r.getTicketCode(), station, null);
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Counter counter(Long eventId) {
        Event e = access.organised(eventId);
        long inside = em.createNamedQuery(Registration.ADMITTED_COUNT, Long.class).setParameter("event", e.getId()).getSingleResult();
        return new Counter(inside, e.getConfirmed());
    }

    private static String station(String station) {
        String s = station == null ? "" : station.trim();
        if (s.isEmpty()) {
            throw Refusal.invalid("event.checkIn.station.required");
        }
        if (s.length() > MAX_STATION) {
            throw Refusal.invalid("event.checkIn.station.tooLong", MAX_STATION);
        }
        return s;
    }
}
