package eu.lorntech.totem.platform.web;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.i18n.Texts;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/** Puts messages from the bundles on the page, in the page's language. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void errorOn(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /**
     * Shows on the page why a boundary said no (a refusal, invalid input, no permission). Most actions
     * need not call it: {@link RefusalMessages} does it for any action that lets the refusal go. It is
     * for the few places that must go on after a refusal (a list loaded while the page is built).
     */
    public static void show(RuntimeException e) {
        if (!explain(e)) {
            throw e;
        }
    }

    /**
     * Finds a refusal, invalid input or missing permission anywhere in the cause chain (Faces wraps an
     * action's exception in FacesException and ELException, the container a system exception in
     * EJBException), puts it on the page as an error and marks the request as failed, so that Ajax
     * callbacks see {@code args.validationFailed}. False, and nothing shown, for anything else.
     */
    public static boolean explain(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal r) {
                error(r.getMessageKey(), r.getArgs());
            } else if (cause instanceof ConstraintViolationException cve) {
                for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                    FacesContext.getCurrentInstance().addMessage(null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
                }
            } else if (cause instanceof EJBAccessException) {
                error("error.forbidden");
            } else {
                continue;
            }
            FacesContext.getCurrentInstance().validationFailed();
            return true;
        }
        return false;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String text = Texts.get(fc.getViewRoot().getLocale(), key, args);
        fc.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
