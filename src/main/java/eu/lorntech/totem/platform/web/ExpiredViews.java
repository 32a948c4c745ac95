package eu.lorntech.totem.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A form sent with a view state this session does not hold (the session timed out, or the person
 * signed in again meanwhile, or the form came from another session): instead of a 500, the person is
 * sent to a page that says the page expired, in their language, with a link to open it again.
 * Registered in faces-config.xml; works for Ajax requests too (a partial-response redirect).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public static final String PAGE = "/public/expired.xhtml";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
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
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable t = events.next().getContext().getException();
                while (t != null && !(t instanceof ViewExpiredException)) {
                    t = t.getCause();
                }
                if (t instanceof ViewExpiredException expired) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    ExternalContext ec = faces.getExternalContext();
                    String page = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
                    try {
                        ec.redirect(ec.getRequestContextPath() + PAGE + "?page=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                    return;
                }
            }
            getWrapped().handle();
        }
    }
}
