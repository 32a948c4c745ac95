package eu.lorntech.totem.platform.rest;

import eu.lorntech.totem.platform.i18n.Texts;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A bearer token the authentication mechanism refused (unknown, malformed or revoked; it marks the
 * request with {@link #ATTRIBUTE}) is answered here, in the caller's language, as 401 problem+json:
 * answered by the mechanism itself, the container replaced the body with its HTML error page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RefusedTokens implements ContainerRequestFilter {

    /** The request attribute set when the request carried a bearer token that is not valid. */
    public static final String ATTRIBUTE = "totem.tokenRefused";

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (servletRequest.getAttribute(ATTRIBUTE) != null) {
            Locale l = ProblemMappers.locale(headers);
            Response problem = Problems.response(401, Texts.get(l, "problem.unauthorized.title"), Texts.get(l, "problem.unauthorized.detail"));
            problem.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"totem\", error=\"invalid_token\"");
            request.abortWith(problem);
        }
    }
}
