package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.boundary.Registrations.Mine;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * A person's own registration, reached through the personal link of their mail: the ticket and its
 * QR code, or the place on the waiting list, and cancelling in two steps (asked, then confirmed).
 * The token travels in the form as a plain field: the view is transient and makes no session.
 */
@Named
@RequestScoped
public class RegistrationView {

    @Inject
    Registrations registrations;

    private boolean loaded;
    private String token;
    private Mine mine;
    private boolean confirming;

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
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        token = params.get("token");
        try {
            mine = registrations.byToken(token);
            // the question's own form says it was asked: its "yes" button must be there to be decoded
            confirming = mine.cancellable() && "1".equals(params.get("confirm"));
        } catch (Refusal e) {
            token = null;
            FacesMessages.show(e);
        }
    }

    /** First step: the page asks whether to cancel really. */
    public void ask() {
        load();
        confirming = mine != null && mine.cancellable();
    }

    /** Second step: cancelled (the seat goes to the first in line), and the page shows the new state. */
    public void cancel() {
        load();
        if (mine == null) {
            return;
        }
        try {
            boolean waitlisted = "WAITLISTED".equals(mine.status());
            registrations.cancelByToken(token);
            mine = registrations.byToken(token);
            FacesMessages.info(waitlisted ? "event.public.left" : "event.public.cancelled");
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

    public boolean isConfirming() {
        return confirming;
    }
}
