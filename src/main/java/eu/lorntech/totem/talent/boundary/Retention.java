package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.platform.config.Settings;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.entity.Candidate;
import eu.lorntech.totem.talent.entity.CandidateMove;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Every night, the candidates whose consent ran out more than {@code totem.talent.grace-days} (90) ago
 * are anonymised (RGPD): until then the managers see them flagged for renewal and the candidates may
 * renew. What stays names nobody and still counts in the outcome figures.
 */
@Stateless
public class Retention {

    public static final String GRACE = "totem.talent.grace-days";

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    eu.lorntech.totem.talent.control.Matching matching;

    @PermitAll
    @Schedule(hour = "3", minute = "30", persistent = false)
    public void everyNight() {
        anonymiseOn(LocalDate.now(PARIS));
    }

    /** Anonymises those due on {@code today}; answers how many. */
    @RolesAllowed(Roles.ADMIN)
    public int anonymiseOn(LocalDate today) {
        LocalDate before = today.minusDays(Math.max(0, Settings.integer(GRACE, 90)));
        List<Candidate> due = em.createNamedQuery(Candidate.TO_ANONYMISE, Candidate.class).setParameter("before", before).getResultList();
        Instant now = Instant.now();
        List<Long> ids = due.stream().map(Candidate::getId).toList();
        List<Long> cvs = due.stream().map(Candidate::getCvDocumentId).filter(java.util.Objects::nonNull).toList();
        due.forEach(c -> c.anonymise(now));
        if (!ids.isEmpty()) {
            em.createNamedQuery(CandidateMove.FORGET_NOTES).setParameter("candidates", ids).executeUpdate();
            em.createNamedQuery(eu.lorntech.totem.talent.entity.ApplicationStep.FORGET_MESSAGES).setParameter("candidates", ids).executeUpdate();
            em.createNamedQuery(eu.lorntech.totem.talent.entity.JobApplication.FORGET_MESSAGES).setParameter("candidates", ids).executeUpdate();
            matching.forgetCandidates(ids);
        }
        em.flush();
        cvs.forEach(id -> {
            eu.lorntech.totem.form.entity.Document d = em.find(eu.lorntech.totem.form.entity.Document.class, id);
            if (d != null) {
                em.remove(d);
            }
        });
        return due.size();
    }
}
