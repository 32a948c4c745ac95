package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.EventFeedbacks;
import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.boundary.Registrations.Mine;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The attendee's feedback through their personal link: a rating of 1 to 5 and a comment, once, after the event. */
@Named
@RequestScoped
public class FeedbackView {

    private static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

    @Inject
    Registrations registrations;

    @Inject
    EventFeedbacks feedbacks;

    private boolean loaded;
    private String token;
    private Mine mine;
    private Integer rating;
    private String comment;
    private boolean thanked;

    /**
     * Runs once per request: at the bean's creation (on a postback, the form's parts are decoded only
     * if they are rendered, which depends on the registration), and from the page's view action on a
     * first visit, so that a refusal reaches the page's messages, which are rendered before the content.
     */
    @PostConstruct
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        try {
            mine = registrations.byToken(token);
        } catch (Refusal e) {
            token = null;
            FacesMessages.show(e);
        }
    }

    public void give() {
        load();
        if (mine == null) {
            return;
        }
        try {
            feedbacks.give(token, rating == null ? 0 : rating, comment);
            thanked = true;
            FacesMessages.info("event.public.feedback.thanks");
        } catch (Refusal e) {
            FacesMessages.show(e);
        }
    }

    public String getToken() {
        return token;
    }

    public Mine getMine() {
        return mine;
    }

    public List<Integer> getRatings() {
        return RATINGS;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isThanked() {
        return thanked;
    }
}
