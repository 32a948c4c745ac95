package eu.lorntech.totem.platform.rest;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.i18n.Texts;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every API error as {@code application/problem+json}, in the caller's language, without a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private static final java.util.Set<String> SUPPORTED = java.util.Set.of("fr", "en", "de");

    private ProblemMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if (SUPPORTED.contains(l.getLanguage())) {
                    return Locale.forLanguageTag(l.getLanguage());
                }
            }
        }
        return Locale.FRENCH;
    }

    static Response denied(SecurityContext security, HttpHeaders headers) {
        Locale l = locale(headers);
        if (security == null || security.getUserPrincipal() == null) {
            return Problems.response(401, Texts.get(l, "problem.unauthorized.title"), Texts.get(l, "problem.unauthorized.detail"));
        }
        return Problems.response(403, Texts.get(l, "problem.forbidden.title"), Texts.get(l, "problem.forbidden.detail"));
    }

    static Response fromThrowable(Throwable e, SecurityContext security, HttpHeaders headers) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null && !(cause instanceof EJBAccessException)) {
            cause = cause.getCause();
        }
        Locale l = locale(headers);
        // a body reader's refusal arrives wrapped by RESTEasy (ReaderException)
        InputRefused refused = find(e, InputRefused.class);
        if (refused != null) {
            String detail = Texts.get(l, refused.messageKey(), refused.args());
            String title = Texts.get(l, refused.status() == 413 ? "problem.too_large.title" : "problem.invalid.title");
            return Problems.response(refused.status(), Problems.body(refused.status(), title, detail).add("errors",
                    JsonP.PROVIDER.createArrayBuilder().add(JsonP.PROVIDER.createObjectBuilder().add("field", refused.field()).add("message", detail))));
        }
        if (find(e, JsonException.class) != null || find(e, JsonbException.class) != null) {
            return Problems.response(400, Texts.get(l, "problem.invalid.title"), Texts.get(l, "api.json.unreadable"));
        }
        if (cause instanceof Refusal r && r.getKind() == Refusal.Kind.FORBIDDEN) {
            return denied(security, headers);
        }
        if (cause instanceof Refusal r) {
            return Problems.response(r.getKind().status(), Texts.get(l, "problem." + r.getKind().name().toLowerCase() + ".title"),
                    Texts.get(l, r.getMessageKey(), r.getArgs()));
        }
        if (cause instanceof EJBAccessException || cause instanceof ForbiddenException || cause instanceof NotAuthorizedException) {
            return denied(security, headers);
        }
        if (cause instanceof ConstraintViolationException cve) {
            JsonArrayBuilder errors = JsonP.PROVIDER.createArrayBuilder();
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                errors.add(JsonP.PROVIDER.createObjectBuilder().add("field", lastNode(v.getPropertyPath().toString())).add("message", v.getMessage()));
            }
            return Problems.response(400, Problems.body(400, Texts.get(l, "problem.invalid.title"),
                    Texts.get(l, "problem.invalid.detail")).add("errors", errors));
        }
        if (cause instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            return Problems.response(status, wae.getResponse().getStatusInfo().getReasonPhrase(), null);
        }
        LOG.log(Level.SEVERE, "API request failed", e);
        return Problems.response(500, Texts.get(l, "problem.server.title"), Texts.get(l, "problem.server.detail"));
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @Provider
    public static class AnyError implements ExceptionMapper<Throwable> {
        @Context
        SecurityContext security;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return fromThrowable(e, security, headers);
        }
    }

    @Provider
    public static class WebErrors implements ExceptionMapper<WebApplicationException> {
        @Context
        SecurityContext security;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            return fromThrowable(e, security, headers);
        }
    }

    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Context
        SecurityContext security;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return fromThrowable(e, security, headers);
        }
    }
}
