package eu.lorntech.totem.identity.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/** Stamps each audit revision with the signed-in caller ("system" for start-up and background work). */
public class AuditRevisionListener implements RevisionListener {

    /**
     * Looked up once, as an application-scoped bean would have it injected (it reads the caller of
     * the current request at each call): CDI.current() searches the deployment's bean manager.
     */
    private static volatile SecurityContext context;

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentCaller());
    }

    private static String currentCaller() {
        try {
            SecurityContext c = context;
            if (c == null) {
                c = CDI.current().select(SecurityContext.class).get();
                context = c;
            }
            Principal p = c.getCallerPrincipal();
            return p == null ? "system" : p.getName();
        } catch (RuntimeException noSecurityContext) {
            return "system";
        }
    }
}
