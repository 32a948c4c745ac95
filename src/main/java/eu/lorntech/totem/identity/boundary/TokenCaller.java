package eu.lorntech.totem.identity.boundary;

import java.util.Optional;

/**
 * Who a personal API token authenticated for the request being served, if anyone. The web side
 * knows the HTTP request and implements this; boundaries ask it and never see the request.
 */
public interface TokenCaller {

    /** The caller the token authenticated; empty for a session, an anonymous request or work outside a request. */
    Optional<Caller> find();
}
