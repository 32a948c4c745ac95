package eu.lorntech.totem.identity.boundary;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in, as the security layer needs it: id, principal name (e-mail) and role names. */
public record Caller(Long id, String email, String displayName, String language, Set<String> roles)
        implements Serializable {
}
