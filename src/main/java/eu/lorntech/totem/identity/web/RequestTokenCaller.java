package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.TokenCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Reads the caller that {@link TotemAuthenticationMechanism} kept in the request after checking a bearer token. */
@ApplicationScoped
public class RequestTokenCaller implements TokenCaller {

    /** The request attribute holding the {@link Caller} a bearer token authenticated. */
    static final String ATTRIBUTE = "totem.tokenCaller";

    @Inject
    HttpServletRequest request;

    @Override
    public Optional<Caller> find() {
        try {
            return request.getAttribute(ATTRIBUTE) instanceof Caller c ? Optional.of(c) : Optional.empty();
        } catch (ContextNotActiveException | IllegalStateException notAnHttpRequest) {
            return Optional.empty();
        }
    }
}
