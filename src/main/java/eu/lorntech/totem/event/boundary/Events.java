package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.event.boundary.EventCatalogue.AgendaItem;
import eu.lorntech.totem.event.boundary.EventCatalogue.Card;
import eu.lorntech.totem.event.boundary.EventCatalogue.QuestionItem;
import eu.lorntech.totem.event.control.EventAccess;
import eu.lorntech.totem.event.control.EventMails;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.event.entity.EventOrganiser;
import eu.lorntech.totem.event.entity.EventSession;
import eu.lorntech.totem.event.entity.Registration;
import eu.lorntech.totem.event.entity.SessionKind;
import eu.lorntech.totem.event.entity.SpeakerRole;
import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.form.control.FormAnswers.QuestionDraft;
import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.FormPurpose;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an event organiser does to their events: create one at a site they organise for, describe it,
 * build its agenda (sessions and speakers) and registration questions, name co-organisers, publish,
 * cancel (everyone registered is mailed) or archive it. Another organiser's event is "not found".
 */
@Stateless
@RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
public class Events {

    /** An event as its organisers edit it. */
    public record Editing(Card card, String summary, String language, Instant registrationOpens, Instant registrationCloses,
            List<AgendaItem> agenda, List<QuestionItem> questions, List<Caller> organisers, long registrations) implements Serializable {
    }

    /** A session of the agenda as the organiser types it. */
    public record SessionDraft(SessionKind kind, String title, Instant startsAt, Instant endsAt, String room, Integer capacity)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<EventPublished> published;

    @Inject
    EventAccess access;

    @Inject
    People people;

    @Inject
    Sites sites;

    @Inject
    EventMails mails;

    @Inject
    FormAnswers forms;

    @Inject
    Registrations registrations;

    /** The events the caller organises (all of them for an admin), latest first. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public List<Card> mine() {
        Caller me = people.requireCurrent();
        List<Event> events = me.roles().contains(Roles.ADMIN)
                ? em.createQuery("select e from Event e order by e.startsAt desc, e.id desc", Event.class).setMaxResults(500).getResultList()
                : em.createNamedQuery(Event.ORGANISED_BY, Event.class).setParameter("user", me.id()).setMaxResults(500).getResultList();
        Map<Long, String> siteNames = sites.all().stream().collect(Collectors.toMap(Sites.SiteView::id, Sites.SiteView::name));
        Instant now = Instant.now();
        return events.stream().map(e -> EventCatalogue.card(e, siteNames, now)).toList();
    }

    /** A new draft at a site where the caller organises events; they are its first organiser. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Long create(Long siteId, EventKind kind, Event.Details details) {
        Caller me = people.requireCurrent();
        if (siteId == null || sites.byId(siteId).isEmpty()) {
            throw Refusal.invalid("event.site.required");
        }
        if (!people.callerHolds(Roles.EVENT_ORGANISER, siteId)) {
            throw Refusal.forbidden("error.forbidden");
        }
        if (kind == null) {
            throw Refusal.invalid("event.kind.required");
        }
        Event e = new Event(siteId, kind, me.id(), Instant.now(), details);
        em.persist(e);
        Form registration = forms.newForm(FormPurpose.EVENT);
        Form feedback = forms.newForm(FormPurpose.FEEDBACK);
        em.flush();
        e.useForms(registration.getId(), feedback.getId());
        em.persist(new EventOrganiser(e.getId(), me.id()));
        return e.getId();
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Editing editing(Long eventId) {
        Event e = access.organised(eventId);
        List<AgendaItem> agenda = em.createNamedQuery(EventSession.OF_EVENT, EventSession.class).setParameter("event", e.getId())
                .getResultStream().map(EventCatalogue::item).toList();
        List<QuestionItem> questions = e.getFormId() == null ? List.of()
                : forms.questions(e.getFormId()).stream()
                        .map(q -> new QuestionItem(q.getId(), q.getKind().name(), q.getLabel(), q.getChoices(), q.isRequired())).toList();
        List<Long> ids = em.createNamedQuery(EventOrganiser.OF_EVENT, Long.class).setParameter("event", e.getId()).getResultList();
        List<Caller> organisers = people.callers(ids).values().stream().sorted(java.util.Comparator.comparing(Caller::displayName)).toList();
        long count = registrationCount(e.getId());
        Map<Long, String> siteNames = sites.all().stream().collect(Collectors.toMap(Sites.SiteView::id, Sites.SiteView::name));
        return new Editing(EventCatalogue.card(e, siteNames, Instant.now()), e.getSummary(), e.getLanguage(), e.getRegistrationOpens(),
                e.getRegistrationCloses(), agenda, questions, organisers, count);
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void describe(Long eventId, EventKind kind, Event.Details details) {
        Event e = access.organisedLocked(eventId);
        if (kind == null) {
            throw Refusal.invalid("event.kind.required");
        }
        e.describe(details);
        e.changeKind(kind);
        if (details.capacity() != e.getCapacity()) {
            registrations.changeCapacity(eventId, details.capacity());
        }
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void publish(Long eventId) {
        Event e = access.organisedLocked(eventId);
        e.publish();
        published.fire(new EventPublished(e.getId(), e.getTitle(), e.getStartsAt(), sites.byId(e.getSiteId()).map(Sites.SiteView::name).orElse(""),
                EventMails.eventLink(e)));
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void archive(Long eventId) {
        access.organisedLocked(eventId).archive();
    }

    /** Cancels the event; everyone registered or waiting is mailed in their language. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public int cancel(Long eventId) {
        Event e = access.organisedLocked(eventId);
        e.cancel(Instant.now());
        List<Registration> live = em.createNamedQuery(Registration.LIVE_OF_EVENT, Registration.class).setParameter("event", e.getId())
                .getResultList();
        live.forEach(r -> mails.eventCancelled(e, r));
        return live.size();
    }

    /** People who may become co-organisers: those holding the organiser role at the event's site. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public List<Caller> possibleOrganisers(Long eventId) {
        Event e = access.organised(eventId);
        return people.holding(Roles.EVENT_ORGANISER, e.getSiteId());
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void addOrganiser(Long eventId, Long userId) {
        Event e = access.organised(eventId);
        boolean allowed = people.holding(Roles.EVENT_ORGANISER, e.getSiteId()).stream().anyMatch(c -> c.id().equals(userId));
        if (!allowed) {
            throw Refusal.invalid("event.organiser.notOrganiser");
        }
        if (em.find(EventOrganiser.class, new EventOrganiser.Key(e.getId(), userId)) == null) {
            em.persist(new EventOrganiser(e.getId(), userId));
        }
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void removeOrganiser(Long eventId, Long userId) {
        Event e = access.organisedLocked(eventId);
        EventOrganiser o = em.find(EventOrganiser.class, new EventOrganiser.Key(e.getId(), userId));
        if (o == null) {
            throw Refusal.notFound("event.organiser.notFound");
        }
        long count = em.createNamedQuery(EventOrganiser.OF_EVENT, Long.class).setParameter("event", e.getId()).getResultList().size();
        if (count <= 1) {
            throw Refusal.conflict("event.organiser.last");
        }
        em.remove(o);
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Long addSession(Long eventId, SessionDraft d) {
        Event e = access.organised(eventId);
        EventSession s = new EventSession(e, d.kind(), d.title(), d.startsAt(), d.endsAt(), d.room(), d.capacity());
        em.persist(s);
        em.flush();
        return s.getId();
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void changeSession(Long sessionId, SessionDraft d) {
        EventSession s = session(sessionId);
        Event e = access.organisedLocked(s.getEventId());
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        s.change(e, d.kind(), d.title(), d.startsAt(), d.endsAt(), d.room(), d.capacity());
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void removeSession(Long sessionId) {
        EventSession s = session(sessionId);
        access.organisedLocked(s.getEventId());
        if (s.getTaken() > 0) {
            throw Refusal.conflict("event.session.hasSeats", s.getTaken());
        }
        em.remove(s);
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void addSpeaker(Long sessionId, SpeakerRole role, String name, String jobTitle, String organisation) {
        EventSession s = session(sessionId);
        access.organised(s.getEventId());
        s.addSpeaker(role, name, jobTitle, organisation);
        em.flush();
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void removeSpeaker(Long sessionId, Long speakerId) {
        EventSession s = session(sessionId);
        access.organised(s.getEventId());
        s.removeSpeaker(speakerId);
    }

    /**
     * The registration form's questions become {@code drafts}, in their order (edited, removed or added
     * ones alike), while nobody has registered yet: later, answers would be missing or lost.
     */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void setQuestions(Long eventId, List<QuestionDraft> drafts) {
        Event e = access.organisedLocked(eventId);
        if (registrationCount(e.getId()) > 0) {
            throw Refusal.conflict("event.questions.afterRegistrations");
        }
        forms.replace(em.getReference(Form.class, e.getFormId()), drafts);
    }

    private long registrationCount(Long eventId) {
        return em.createQuery("select count(r) from Registration r where r.eventId = :event", Long.class).setParameter("event", eventId)
                .getSingleResult();
    }

    private EventSession session(Long sessionId) {
        EventSession s = sessionId == null ? null : em.find(EventSession.class, sessionId);
        if (s == null) {
            throw Refusal.notFound("event.session.notFound");
        }
        return s;
    }
}
