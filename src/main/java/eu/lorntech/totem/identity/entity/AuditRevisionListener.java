package eu.lorntech.totem.identity.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/** Stamps each audit revision with the signed-in caller ("system" for start-up and background work). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentCaller());
    }

    private static String currentCaller() {
        try {
            Principal p = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return p == null ? "system" : p.getName();
        } catch (RuntimeException noSecurityContext) {
            return "system";
        }
    }
}
