package eu.lorntech.totem.event.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An attendee's opinion of the event: a rating of 1 to 5 and a comment, once per registration. */
@Entity
@Table(name = "event_feedback")
@NamedQuery(name = Feedback.OF_EVENT, query = "select f from Feedback f where f.eventId = :event order by f.givenAt desc")
@NamedQuery(name = Feedback.RATINGS, query = "select f.rating, count(f) from Feedback f where f.eventId = :event group by f.rating")
public class Feedback {
    public static final String OF_EVENT = "Feedback.ofEvent";
    public static final String RATINGS = "Feedback.ratings";

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "event_id")
    private Long eventId;

    private int rating;
    private String comment;

    @Column(name = "response_id")
    private Long responseId;

    @Column(name = "given_at")
    private Instant givenAt;

    protected Feedback() {
    }

    public Feedback(Registration attendee, int rating, String comment, Long responseId, Instant now) {
        if (rating < 1 || rating > 5) {
            throw Refusal.invalid("event.feedback.rating.range");
        }
        if (comment != null && comment.length() > 2000) {
            throw Refusal.invalid("event.feedback.comment.tooLong", 2000);
        }
        this.registrationId = attendee.getId();
        this.eventId = attendee.getEventId();
        this.rating = rating;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.responseId = responseId;
        this.givenAt = now;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Long getResponseId() {
        return responseId;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
