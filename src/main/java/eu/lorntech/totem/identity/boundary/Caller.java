package eu.lorntech.totem.identity.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is signed in, as the security layer needs it: id, principal name (e-mail), role names, and
 * when their password was last replaced (null: never), which ends the sessions signed in before.
 */
public record Caller(Long id, String email, String displayName, String language, Set<String> roles,
        Instant credentialsChangedAt) implements Serializable {
}
