package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.coworking.boundary.TrainingBadges;
import eu.lorntech.totem.form.entity.Document;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.control.StartupAccess;
import eu.lorntech.totem.programme.entity.Cohort;
import eu.lorntech.totem.programme.entity.Milestone;
import eu.lorntech.totem.programme.entity.MilestoneTemplate;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's milestones: managers keep its template (steps due some weeks after a cohort's
 * start, a training step naming the machine whose badge it leads to); founders complete their
 * startup's milestones with a note and evidence; managers follow a cohort's and reopen one.
 */
@Stateless
public class Milestones {

    public record TemplateView(Long id, int sortOrder, String title, int weeksAfterStart, Long badgeResourceId) implements Serializable {
    }

    public record MilestoneView(Long id, Long startupId, String startupName, String title, LocalDate dueOn, LocalDate doneOn,
            String state, String note, boolean hasEvidence, boolean training) implements Serializable {
        static MilestoneView of(Milestone m, LocalDate today) {
            return new MilestoneView(m.getId(), m.getStartup().getId(), m.getStartup().getName(), m.getTitle(), m.getDueOn(),
                    m.getDoneOn(), m.stateOn(today).name(), m.getNote(), m.getEvidenceId() != null, m.grantsBadgeFor() != null);
        }
    }

    /** A file as uploaded: name, type and bytes. */
    public record Upload(String fileName, String contentType, byte[] content) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    StartupAccess access;

    @Inject
    TrainingBadges badges;

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long addTemplate(Long programmeId, String title, int weeksAfterStart, Long badgeResourceId) {
        Programme p = access.managedProgramme(programmeId);
        if (badgeResourceId != null && !badges.isMachine(badgeResourceId)) {
            throw Refusal.notFound("booking.resource.notFound");
        }
        Integer last = em.createNamedQuery(MilestoneTemplate.LAST_SORT_ORDER, Integer.class)
                .setParameter("p", p.getId()).getSingleResult();
        MilestoneTemplate t = new MilestoneTemplate(p.getId(), last == null ? 1 : last + 1, title, weeksAfterStart, badgeResourceId);
        em.persist(t);
        em.flush();
        // startups already in the programme's running cohorts get the new step too
        em.createNamedQuery(Startup.RUNNING_IN_PROGRAMME, Startup.class)
                .setParameter("p", p).setParameter("today", today()).getResultStream()
                .forEach(s -> em.persist(new Milestone(s, t, s.getCohort().dueOn(t))));
        return t.getId();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<TemplateView> templates(Long programmeId) {
        access.managedProgramme(programmeId);
        return em.createNamedQuery(MilestoneTemplate.OF_PROGRAMME, MilestoneTemplate.class)
                .setParameter("p", programmeId).getResultStream()
                .map(t -> new TemplateView(t.getId(), t.getSortOrder(), t.getTitle(), t.getWeeksAfterStart(), t.getBadgeResourceId())).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<TrainingBadges.Machine> machines(Long programmeId) {
        return badges.machines(access.managedProgramme(programmeId).getSiteId());
    }

    @PermitAll
    public List<MilestoneView> milestones(Long startupId) {
        Startup s = access.readable(startupId);
        LocalDate today = today();
        return em.createNamedQuery(Milestone.OF_STARTUP, Milestone.class)
                .setParameter("s", s).getResultStream().map(m -> MilestoneView.of(m, today)).toList();
    }

    /** Milestones of a whole cohort (managers), late ones first. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<MilestoneView> cohortMilestones(Long cohortId) {
        Cohort c = access.managedCohort(cohortId);
        LocalDate today = today();
        return em.createNamedQuery(Milestone.OF_COHORT, Milestone.class)
                .setParameter("c", c).getResultStream().map(m -> MilestoneView.of(m, today))
                .sorted(java.util.Comparator.comparing((MilestoneView v) -> !"LATE".equals(v.state()))).toList();
    }

    /**
     * The founder (or a manager) marks a milestone done, with a note and optionally a file as evidence.
     * A training milestone asks its fablab badge for the founder: a space manager of the machine's
     * site confirms the request (completing one's own milestone grants nothing by itself).
     */
    @PermitAll
    public MilestoneView complete(Long milestoneId, LocalDate doneOn, String note, Upload evidence) {
        Milestone m = milestoneId == null ? null : em.find(Milestone.class, milestoneId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw Refusal.notFound("milestone.notFound");
        }
        Startup s = access.writable(m.getStartup().getId());
        Caller me = people.requireCurrent();
        Long evidenceId = null;
        if (evidence != null && evidence.content() != null && evidence.content().length > 0) {
            Document e = Document.evidence(evidence.fileName(), evidence.contentType(), evidence.content(), me.id(), Instant.now());
            em.persist(e);
            em.flush();
            evidenceId = e.getId();
        }
        m.complete(doneOn == null ? today() : doneOn, note, evidenceId, today());
        if (m.grantsBadgeFor() != null) {
            badges.request(m.grantsBadgeFor(), s.getFounderId(), s.getName() + " – " + m.getTitle());
        }
        return MilestoneView.of(m, today());
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void reopen(Long milestoneId) {
        Milestone m = milestoneId == null ? null : em.find(Milestone.class, milestoneId);
        if (m == null) {
            throw Refusal.notFound("milestone.notFound");
        }
        access.managedStartup(m.getStartup().getId());
        m.reopen();
    }

    /** The evidence file of a milestone, for those who may read the startup. */
    @PermitAll
    public Upload evidence(Long milestoneId) {
        Milestone m = milestoneId == null ? null : em.find(Milestone.class, milestoneId);
        if (m == null || m.getEvidenceId() == null) {
            throw Refusal.notFound("milestone.notFound");
        }
        access.readable(m.getStartup().getId());
        Document e = em.find(Document.class, m.getEvidenceId());
        return new Upload(e.getFileName(), e.getContentType(), e.getContent());
    }

    private static LocalDate today() {
        return Cohorts.today();
    }
}
