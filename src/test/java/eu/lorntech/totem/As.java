package eu.lorntech.totem;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs code inside the server as a given person with given roles, so that in-container tests go
 * through the same {@code @RolesAllowed} checks and ownership rules as real requests.
 */
public final class As {

    private As() {
    }

    public static <T> T user(String email, Set<String> roles, PrivilegedExceptionAction<T> action) throws Exception {
        return user(SecurityDomain.getCurrent(), email, roles, action);
    }

    /** The same with a domain taken beforehand, for threads of one's own (where no domain is current). */
    public static <T> T user(SecurityDomain domain, String email, Set<String> roles, PrivilegedExceptionAction<T> action) throws Exception {
        try {
            return domain.createAdHocIdentity(email)
                    .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)))
                    .runAs(action);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    public static void run(String email, Set<String> roles, ThrowingRunnable action) throws Exception {
        user(email, roles, () -> {
            action.run();
            return null;
        });
    }

    public static void run(SecurityDomain domain, String email, Set<String> roles, ThrowingRunnable action) throws Exception {
        user(domain, email, roles, () -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
