package eu.lorntech.totem.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;

/**
 * Why a boundary said no, shown on the page it was asked from: an action (or a view action) that lets
 * a {@link eu.lorntech.totem.platform.Refusal}, invalid input or a missing permission go gets its
 * message in {@code #messages}, in the reader's language, and the same page is rendered again, for
 * Ajax and full postbacks alike. The boundary's transaction has already been rolled back (a refusal is
 * an application exception with rollback, the others are system exceptions). So view beans need no
 * {@code catch} around their calls; they catch only where they must do something more after a no.
 *
 * <p>While the response is being rendered it is too late to show a message in place (part of the page
 * may be written): those exceptions go on to the error page as before. Registered in faces-config.xml.
 */
public class RefusalMessages extends ExceptionHandlerFactory {

    public RefusalMessages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && !faces.getResponseComplete()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable thrown = events.next().getContext().getException();
                    if (FacesMessages.explain(thrown)) {
                        events.remove();
                        notFoundOnOpening(faces, thrown);
                    }
                }
            }
            getWrapped().handle();
        }

        /**
         * A page opened with the id of something the reader may not see (another company's offer, another
         * site's candidate) answers 404, as an unknown id does; the page still says why, in the reader's language.
         */
        private static void notFoundOnOpening(FacesContext faces, Throwable thrown) {
            if (faces.isPostback()) {
                return;
            }
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof eu.lorntech.totem.platform.Refusal r && r.getKind() == eu.lorntech.totem.platform.Refusal.Kind.NOT_FOUND) {
                    faces.getExternalContext().setResponseStatus(404);
                    return;
                }
            }
        }
    }
}
