package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.event.control.EventAccess;
import eu.lorntech.totem.event.control.EventMails;
import eu.lorntech.totem.event.control.TicketCodes;
import eu.lorntech.totem.event.entity.CheckIn;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.Registration;
import eu.lorntech.totem.event.entity.RegistrationStatus;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.i18n.LocalFormats;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What organisers follow of their event: the registrations (paged, sorted, filtered and searched by
 * the database), the counts and their course over time, the attendees for exports and badges, the
 * door's log, the mails that keep failing, and messages to everyone or to one group.
 */
@Stateless
public class Attendees {

    /** Which registrations a list or a message is for. */
    public enum Group {
        ALL, CONFIRMED, WAITLISTED, CANCELLED, CHECKED_IN, NOT_CHECKED_IN
    }

    public record Row(Long id, String name, String email, String organisation, String status, Integer waitlistNo, Instant registeredAt,
            Instant checkedInAt, String station, String source, String ticket, boolean groupMember) implements Serializable {
    }

    public record Counts(int capacity, int confirmed, int waiting, long cancelled, long checkedIn) implements Serializable {
    }

    /** Registrations and cancellations per day (Paris time), for the chart. */
    public record Day(LocalDate day, long registered, long cancelled) implements Serializable {
    }

    public record Scan(Instant at, String station, String code, String result, String name) implements Serializable {
    }

    private static final Set<String> SORTABLE = Set.of("name", "organisation", "registeredAt", "status", "checkedInAt", "email");

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    EventMails mails;

    @Inject
    MailOutbox outbox;

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Page<Row> page(Long eventId, Group group, PageRequest page) {
        Event e = access.organised(eventId);
        String where = where(group);
        String search = page.search() == null || page.search().isBlank() ? null : page.searchPattern();
        String filter = " from Registration r where r.eventId = :event" + where
                + (search == null ? "" : " and (lower(r.name) like :search or lower(r.email) like :search or lower(r.organisation) like :search)");
        String sort = page.sortField() != null && SORTABLE.contains(page.sortField()) ? page.sortField() : "registeredAt";
        TypedQuery<Long> count = em.createQuery("select count(r)" + filter, Long.class).setParameter("event", e.getId());
        TypedQuery<Registration> rows = em.createQuery("select r" + filter + " order by r." + sort + (page.ascending() ? " asc" : " desc")
                + ", r.id", Registration.class).setParameter("event", e.getId());
        if (search != null) {
            count.setParameter("search", search);
            rows.setParameter("search", search);
        }
        List<Row> list = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultStream().map(Attendees::row).toList();
        return new Page<>(list, count.getSingleResult());
    }

    /** Everyone of a group, by name (exports, badges): at most the event's capacity and its waiting list. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public List<Row> all(Long eventId, Group group) {
        Event e = access.organised(eventId);
        return em.createQuery("select r from Registration r where r.eventId = :event" + where(group) + " order by r.name, r.id",
                Registration.class).setParameter("event", e.getId()).getResultStream().map(Attendees::row).toList();
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Counts counts(Long eventId) {
        Event e = access.organised(eventId);
        long cancelled = em.createQuery("select count(r) from Registration r where r.eventId = :event and r.status = :status", Long.class)
                .setParameter("event", e.getId()).setParameter("status", RegistrationStatus.CANCELLED).getSingleResult();
        long in = em.createNamedQuery(Registration.ADMITTED_COUNT, Long.class).setParameter("event", e.getId()).getSingleResult();
        return new Counts(e.getCapacity(), e.getConfirmed(), e.getWaiting(), cancelled, in);
    }

    /** Registrations and cancellations per day since the first registration. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public List<Day> timeline(Long eventId) {
        Event e = access.organised(eventId);
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        em.createQuery("select r.registeredAt, r.cancelledAt from Registration r where r.eventId = :event", Object[].class)
                .setParameter("event", e.getId()).getResultStream().forEach(row -> {
                    days.computeIfAbsent(day((Instant) row[0]), d -> new long[2])[0]++;
                    if (row[1] != null) {
                        days.computeIfAbsent(day((Instant) row[1]), d -> new long[2])[1]++;
                    }
                });
        List<Day> out = new ArrayList<>();
        for (Map.Entry<LocalDate, long[]> d : days.entrySet()) {
            out.add(new Day(d.getKey(), d.getValue()[0], d.getValue()[1]));
        }
        return out;
    }

    /** The door's log, latest first. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Page<Scan> scans(Long eventId, PageRequest page) {
        Event e = access.organised(eventId);
        long total = em.createNamedQuery(CheckIn.LOG_COUNT, Long.class).setParameter("event", e.getId()).getSingleResult();
        List<CheckIn> log = em.createNamedQuery(CheckIn.LOG, CheckIn.class).setParameter("event", e.getId()).setFirstResult(page.first())
                .setMaxResults(page.size()).getResultList();
        Map<Long, String> names = new java.util.HashMap<>();
        List<Long> ids = log.stream().map(CheckIn::getRegistrationId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select r.id, r.name from Registration r where r.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultStream().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return new Page<>(log.stream().map(c -> new Scan(c.getScannedAt(), c.getStation(), TicketCodes.grouped(c.getCode()),
                c.getResult().name(), c.getRegistrationId() == null ? null : names.get(c.getRegistrationId()))).toList(), total);
    }

    /** Sends the organisers' message to everyone of a group, each in a mail of their own; returns how many. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public int mail(Long eventId, Group group, String subject, String text) {
        Event e = access.organised(eventId);
        String s = subject == null ? "" : subject.trim();
        String t = text == null ? "" : text.trim();
        if (s.isEmpty() || s.length() > 150) {
            throw Refusal.invalid("event.message.subject.required", 150);
        }
        if (t.isEmpty() || t.length() > 5000) {
            throw Refusal.invalid("event.message.text.required", 5000);
        }
        List<Registration> to = em.createQuery("select r from Registration r where r.eventId = :event" + where(group), Registration.class)
                .setParameter("event", e.getId()).getResultList();
        to.forEach(r -> mails.message(e, r, s, t));
        return to.size();
    }

    /** The event's mails that failed three times or more and are not sent: whom, and why. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public List<MailOutbox.Failing> failingMails(Long eventId) {
        Event e = access.organised(eventId);
        return outbox.failing(EventMails.topic(e.getId()), 3);
    }

    private static String where(Group group) {
        return switch (group == null ? Group.ALL : group) {
            case ALL -> "";
            case CONFIRMED -> " and r.status = eu.lorntech.totem.event.entity.RegistrationStatus.CONFIRMED";
            case WAITLISTED -> " and r.status = eu.lorntech.totem.event.entity.RegistrationStatus.WAITLISTED";
            case CANCELLED -> " and r.status = eu.lorntech.totem.event.entity.RegistrationStatus.CANCELLED";
            case CHECKED_IN -> " and r.checkedInAt is not null";
            case NOT_CHECKED_IN -> " and r.status = eu.lorntech.totem.event.entity.RegistrationStatus.CONFIRMED and r.checkedInAt is null";
        };
    }

    private static LocalDate day(Instant at) {
        return at.atZone(LocalFormats.PARIS).toLocalDate();
    }

    static Row row(Registration r) {
        return new Row(r.getId(), r.getName(), r.getEmail(), r.getOrganisation(), r.getStatus().name(), r.getWaitlistNo(), r.getRegisteredAt(),
                r.getCheckedInAt(), r.getCheckedInStation(), r.getSource().name(), r.getTicketCode(), r.getGroupLeadId() != null);
    }
}
