package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.ApiTokenCache;
import eu.lorntech.totem.identity.boundary.ApiTokens;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.Callers;
import eu.lorntech.totem.identity.boundary.LoginGuard;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.control.SecretTokens;
import eu.lorntech.totem.platform.rest.Problems;
import eu.lorntech.totem.platform.rest.RefusedTokens;
import eu.lorntech.totem.platform.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one authentication mechanism Jakarta Security 3 allows (STACK trap 12), deciding by path:
 * <ul>
 * <li>{@code /api/*} with {@code Authorization: Bearer <token>}: a personal API token, checked
 * against the database at most every few seconds ({@link ApiTokenCache}); the caller is kept in the
 * request for {@link People#requireCurrent()} (read through {@link RequestTokenCaller}), and no session is created;</li>
 * <li>a sign-in form submitted through {@code SecurityContext.authenticate}: e-mail and password,
 * throttled by {@link LoginGuard}; a new session id is issued on success;</li>
 * <li>otherwise the session's user, reloaded on each request so a deactivation or a role change
 * applies at once, and the session ends when the password was changed or reset since it signed in;</li>
 * </ul>
 * An anonymous request for a protected page is sent to the sign-in page; for the API, it gets a
 * 401 problem+json.
 */
@ApplicationScoped
public class TotemAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER_ID = "totem.userId";
    /** The {@link Caller#credentialsChangedAt()} the session was signed in with, see {@link #credentialsStamp}. */
    public static final String SESSION_CREDENTIALS = "totem.credentials";
    public static final String LOGIN_OUTCOME = "totem.loginOutcome";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    LoginGuard guard;

    @Inject
    Callers callers;

    @Inject
    ApiTokens apiTokens;

    @Inject
    ApiTokenCache tokenCache;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = authorization.substring(7).trim();
            Optional<Caller> caller = ApiTokens.isWellFormed(secret) ? tokenCache.find(SecretTokens.digest(secret)) : Optional.empty();
            if (caller.isEmpty()) {
                caller = apiTokens.authenticate(secret);
            }
            if (caller.isEmpty()) {
                // answered by the API itself (401 problem+json in the caller's language): a body
                // written here was replaced by the container's HTML error page
                request.setAttribute(RefusedTokens.ATTRIBUTE, Boolean.TRUE);
                return context.doNothing();
            }
            request.setAttribute(RequestTokenCaller.ATTRIBUTE, caller.get());
            return notify(context, caller.get());
        }

        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            LoginGuard.Check check = guard.check(form.getCaller(), form.getPassword().getValue(), clientAddress(request));
            request.setAttribute(LOGIN_OUTCOME, check.outcome());
            if (check.outcome() != LoginGuard.Outcome.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SESSION_USER_ID, check.caller().id());
            session.setAttribute(SESSION_CREDENTIALS, credentialsStamp(check.caller().credentialsChangedAt()));
            return notify(context, check.caller());
        }

        HttpSession session = request.getSession(false);
        Object userId = session == null ? null : session.getAttribute(SESSION_USER_ID);
        if (userId instanceof Long id) {
            // a session from before this check existed holds no stamp: taken as the original password
            Object signedInWith = Objects.requireNonNullElse(session.getAttribute(SESSION_CREDENTIALS), credentialsStamp(null));
            Optional<Caller> caller = callers.byId(id).filter(c -> credentialsStamp(c.credentialsChangedAt()).equals(signedInWith));
            if (caller.isPresent()) {
                return notify(context, caller.get());
            }
            session.invalidate();
        }

        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(response, context);
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    /**
     * What a session remembers of the password it was signed in with: when the password was last
     * replaced. Compared on every request with the database (not with a clock), a session signed in
     * before a change or reset ends on whichever server it next reaches.
     */
    public static String credentialsStamp(java.time.Instant credentialsChangedAt) {
        return credentialsChangedAt == null ? "original" : credentialsChangedAt.toString();
    }

    /** The socket's peer, or the client a trusted proxy names ({@link ClientAddress}). */
    static String clientAddress(HttpServletRequest request) {
        List<String> forwarded = Collections.list(request.getHeaders("X-Forwarded-For"));
        return ClientAddress.of(request.getRemoteAddr(), forwarded.isEmpty() ? null : String.join(",", forwarded));
    }

    private static AuthenticationStatus notify(HttpMessageContext context, Caller caller) {
        return context.notifyContainerAboutLogin(caller.email(), caller.roles());
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"totem\"");
            Problems.write(response, 401, "Unauthorized", "A valid personal API token is required (Authorization: Bearer ...).");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER_ID);
        }
    }
}
