package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.event.control.EventAccess;
import eu.lorntech.totem.event.control.EventIcs;
import eu.lorntech.totem.event.control.EventMails;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.event.entity.EventSession;
import eu.lorntech.totem.event.entity.EventStatus;
import eu.lorntech.totem.event.entity.Speaker;
import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public catalogue of both sites: published events filtered by site, kind and dates, one event
 * with its agenda and speakers, its seats left or the length of its waiting list, and an iCal feed
 * per site. Public knowledge, read by anyone; drafts are seen by their organisers only.
 */
@Stateless
public class EventCatalogue {

    /** One event in a list. */
    public record Card(Long id, String title, String kind, Long siteId, String siteName, Instant startsAt, Instant endsAt, String venue,
            int capacity, int seatsLeft, int waitingListLength, boolean open, String status) implements Serializable {
        public boolean isFull() {
            return seatsLeft == 0 || waitingListLength > 0;
        }
    }

    public record SpeakerItem(Long id, String role, String name, String jobTitle, String organisation) implements Serializable {
    }

    public record AgendaItem(Long id, String kind, String title, Instant startsAt, Instant endsAt, String room, Integer capacity,
            int taken, List<SpeakerItem> speakers) implements Serializable {
        public boolean isBreakout() {
            return capacity != null;
        }

        public int getSeatsLeft() {
            return capacity == null ? 0 : Math.max(0, capacity - taken);
        }
    }

    public record QuestionItem(Long id, String kind, String label, List<String> choices, boolean required) implements Serializable {
    }

    /** One event as its public page shows it. */
    public record Detail(Card card, String summary, String language, Instant registrationOpens, Instant registrationCloses,
            List<AgendaItem> agenda, List<QuestionItem> questions) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    EventAccess access;

    @Inject
    EventMails mails;

    @Inject
    FormAnswers forms;

    /** Published events that end after {@code from} and start before {@code to} (default: from now on), soonest first. */
    @PermitAll
    public Page<Card> page(Long siteId, EventKind kind, Instant from, Instant to, PageRequest page) {
        Instant since = from == null ? Instant.now() : from;
        Instant until = to == null ? since.plus(3650, ChronoUnit.DAYS) : to;
        if (!until.isAfter(since)) {
            throw Refusal.invalid("event.filter.period");
        }
        long total = em.createNamedQuery(Event.CATALOGUE_COUNT, Long.class).setParameter("site", siteId).setParameter("kind", kind)
                .setParameter("from", since).setParameter("to", until).getSingleResult();
        List<Event> rows = em.createNamedQuery(Event.CATALOGUE, Event.class).setParameter("site", siteId).setParameter("kind", kind)
                .setParameter("from", since).setParameter("to", until).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();
        Map<Long, String> siteNames = siteNames();
        Instant now = Instant.now();
        return new Page<>(rows.stream().map(e -> card(e, siteNames, now)).toList(), total);
    }

    /** How many events are to come at a site (the landing page's teaser). */
    @PermitAll
    public long upcoming(Long siteId) {
        return em.createNamedQuery(Event.CATALOGUE_COUNT, Long.class).setParameter("site", siteId).setParameter("kind", null)
                .setParameter("from", Instant.now()).setParameter("to", Instant.now().plus(3650, ChronoUnit.DAYS)).getSingleResult();
    }

    /** One event with its agenda; a draft only for its organisers, anything else unknown is "not found". */
    @PermitAll
    public Detail detail(Long eventId) {
        Event e = eventId == null ? null : em.find(Event.class, eventId);
        if (e == null || (e.getStatus() == EventStatus.DRAFT && !access.runs(e))) {
            throw Refusal.notFound("event.notFound");
        }
        List<AgendaItem> agenda = em.createNamedQuery(EventSession.OF_EVENT, EventSession.class).setParameter("event", e.getId())
                .getResultStream().map(EventCatalogue::item).toList();
        List<QuestionItem> questions = e.getFormId() == null ? List.of()
                : forms.questions(e.getFormId()).stream()
                        .map(q -> new QuestionItem(q.getId(), q.getKind().name(), q.getLabel(), q.getChoices(), q.isRequired())).toList();
        return new Detail(card(e, siteNames(), Instant.now()), e.getSummary(), e.getLanguage(), e.getRegistrationOpens(),
                e.getRegistrationCloses(), agenda, questions);
    }

    /** A site's published events to come (and of the last 30 days) as an iCalendar document. */
    @PermitAll
    public String ical(Long siteId) {
        Instant now = Instant.now();
        List<Event> events = em.createNamedQuery(Event.CATALOGUE, Event.class).setParameter("site", siteId).setParameter("kind", null)
                .setParameter("from", now.minus(30, ChronoUnit.DAYS)).setParameter("to", now.plus(3650, ChronoUnit.DAYS)).setMaxResults(500)
                .getResultList();
        return EventIcs.write(events, mails::where, EventMails::eventLink);
    }

    static AgendaItem item(EventSession s) {
        return new AgendaItem(s.getId(), s.getKind().name(), s.getTitle(), s.getStartsAt(), s.getEndsAt(), s.getRoom(), s.getCapacity(),
                s.getTaken(), s.getSpeakers().stream().map(EventCatalogue::speaker).toList());
    }

    static SpeakerItem speaker(Speaker p) {
        return new SpeakerItem(p.getId(), p.getRole().name(), p.getName(), p.getJobTitle(), p.getOrganisation());
    }

    private Map<Long, String> siteNames() {
        return sites.all().stream().collect(Collectors.toMap(Sites.SiteView::id, Sites.SiteView::name));
    }

    static Card card(Event e, Map<Long, String> siteNames, Instant now) {
        return new Card(e.getId(), e.getTitle(), e.getKind().name(), e.getSiteId(), siteNames.getOrDefault(e.getSiteId(), ""),
                e.getStartsAt(), e.getEndsAt(), e.getVenue(), e.getCapacity(), e.seatsLeft(), e.getWaiting(), e.isOpenFor(now),
                e.getStatus().name());
    }
}
