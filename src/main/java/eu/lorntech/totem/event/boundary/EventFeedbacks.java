package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.event.control.EventAccess;
import eu.lorntech.totem.event.control.EventMails;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.Feedback;
import eu.lorntech.totem.event.entity.Registration;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * After the event: each attendee who was let in is mailed a personal link to the feedback form
 * (a rating of 1 to 5 and a comment), once; the organisers read the results with their distribution.
 */
@Stateless
public class EventFeedbacks {

    public record Results(long answers, double average, long[] distribution, List<Comment> comments) implements Serializable {
    }

    public record Comment(Instant at, int rating, String text) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    EventMails mails;

    /** The attendee gives their feedback through their personal link, once, after the event. */
    @PermitAll
    public void give(String token, int rating, String comment) {
        Registration r = token == null || token.isBlank() ? null
                : em.createNamedQuery(Registration.BY_TOKEN, Registration.class).setParameter("token", token).getResultStream().findFirst()
                        .orElse(null);
        if (r == null) {
            throw Refusal.notFound("event.registration.notFound");
        }
        Event e = em.find(Event.class, r.getEventId());
        if (r.getCheckedInAt() == null || !e.hasEnded(Instant.now())) {
            throw Refusal.conflict("event.feedback.notOpen");
        }
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (em.find(Feedback.class, r.getId()) != null) {
            throw Refusal.conflict("event.feedback.given");
        }
        em.persist(new Feedback(r, rating, comment, null, Instant.now()));
    }

    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Results results(Long eventId) {
        Event e = access.organised(eventId);
        long[] distribution = new long[5];
        em.createNamedQuery(Feedback.RATINGS, Object[].class).setParameter("event", e.getId()).getResultStream()
                .forEach(row -> distribution[((Number) row[0]).intValue() - 1] = ((Number) row[1]).longValue());
        long answers = java.util.Arrays.stream(distribution).sum();
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * distribution[i];
        }
        List<Comment> comments = em.createNamedQuery(Feedback.OF_EVENT, Feedback.class).setParameter("event", e.getId()).setMaxResults(200)
                .getResultStream().filter(f -> f.getComment() != null).map(f -> new Comment(f.getGivenAt(), f.getRating(), f.getComment()))
                .toList();
        return new Results(answers, answers == 0 ? 0 : sum / answers, distribution, comments);
    }

    /** Every quarter of an hour: the attendees of events that ended in the last two days are invited, once per event. */
    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @PermitAll
    public void inviteAfterEvents() {
        Instant now = Instant.now();
        List<Long> ended = em.createNamedQuery(Event.TO_ASK_FEEDBACK, Long.class).setParameter("now", now)
                .setParameter("since", now.minus(2, ChronoUnit.DAYS)).getResultList();
        for (Long id : ended) {
            Event e = em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (e.markFeedbackAsked(now)) {
                em.createQuery("select r from Registration r where r.eventId = :event and r.checkedInAt is not null", Registration.class)
                        .setParameter("event", id).getResultStream().forEach(r -> mails.feedbackInvitation(e, r));
            }
        }
    }
}
