package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.Matching;
import eu.lorntech.totem.talent.control.OfferAccess;
import eu.lorntech.totem.talent.control.OfferViews;
import eu.lorntech.totem.talent.control.TalentMails;
import eu.lorntech.totem.talent.entity.JobApplication;
import eu.lorntech.totem.talent.entity.ApplicationStatus;
import eu.lorntech.totem.talent.entity.Candidate;
import eu.lorntech.totem.talent.entity.Match;
import eu.lorntech.totem.talent.entity.Offer;
import eu.lorntech.totem.talent.entity.Placement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An offer's side of the matching: its applicants ranked by how well they fit, the candidates who fit it
 * best, and the moves of its applications (received, interview, offer, hired or declined), each told to
 * the candidate in their language; a hire records a placement and moves the candidate's pathway when it
 * allows it. For the offer's company, the programme managers of its site and the admins; candidates
 * whose consent ran out are hidden from them.
 */
@Stateless
public class Recruitment {

    /** At most this many candidates suggested for an offer. */
    public static final int MATCHES_LIMIT = 20;

    /** A candidate and how they fit an offer; the application's part is null for a candidate who has not applied. */
    public record Fit(Long candidateId, String name, Match match, Long applicationId, String status, List<String> next, String message,
            Instant appliedAt, boolean hasCv) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OfferAccess access;

    @Inject
    Matching matching;

    @Inject
    OfferViews views;

    @Inject
    TalentMails mails;

    /** The offer's applicants whose consent holds, best fit first (then the earliest applied). */
    @RolesAllowed({Roles.PARTNER_COMPANY, Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Fit> applicants(Long offerId) {
        Offer o = access.offer(offerId);
        LocalDate today = OfferViews.today();
        List<JobApplication> apps = em.createNamedQuery(JobApplication.OF_OFFER, JobApplication.class).setParameter("offer", o.getId()).getResultList();
        Map<Long, Candidate> people = candidates(apps.stream().map(JobApplication::getCandidateId).toList());
        Map<Long, Matching.Held> held = matching.held(people.keySet());
        List<Fit> fits = new ArrayList<>();
        for (JobApplication a : apps) {
            Candidate c = people.get(a.getCandidateId());
            if (c == null || c.isAnonymised() || c.consentExpired(today)) {
                continue;
            }
            fits.add(new Fit(c.getId(), c.getName(), OfferViews.fit(o, held.get(c.getId())), a.getId(), a.getStatus().name(),
                    a.getStatus().next().stream().map(Enum::name).toList(), a.getMessage(), a.getAppliedAt(), c.getCvDocumentId() != null));
        }
        fits.sort(Comparator.comparing((Fit f) -> f.match().score()).reversed().thenComparing(Fit::appliedAt));
        return fits;
    }

    /** The candidates who fit the offer best (at most {@link #MATCHES_LIMIT}), with the explanation, by the database's ranking. */
    @RolesAllowed({Roles.PARTNER_COMPANY, Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Fit> matches(Long offerId, int limit) {
        Offer o = access.offer(offerId);
        Map<Long, Integer> best = matching.bestCandidates(o.getId(), OfferViews.today(), Math.max(1, Math.min(MATCHES_LIMIT, limit)));
        Map<Long, Candidate> people = candidates(best.keySet());
        Map<Long, Matching.Held> held = matching.held(best.keySet());
        Map<Long, JobApplication> applied = new java.util.HashMap<>();
        em.createNamedQuery(JobApplication.OF_OFFER, JobApplication.class).setParameter("offer", o.getId()).getResultStream()
                .filter(a -> best.containsKey(a.getCandidateId())).forEach(a -> applied.put(a.getCandidateId(), a));
        List<Fit> fits = new ArrayList<>();
        best.keySet().forEach(id -> {
            Candidate c = people.get(id);
            JobApplication a = applied.get(id);
            fits.add(new Fit(id, c.getName(), OfferViews.fit(o, held.get(id)), a == null ? null : a.getId(), a == null ? null : a.getStatus().name(),
                    List.of(), a == null ? null : a.getMessage(), a == null ? null : a.getAppliedAt(), false));
        });
        return fits;
    }

    /**
     * Moves an application; {@code seen} is the status the person saw (another move first: refused). The
     * candidate gets a mail in their language with {@code message}. A hire records a placement.
     */
    @RolesAllowed({Roles.PARTNER_COMPANY, Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void move(Long applicationId, String seen, String target, String message) {
        JobApplication found = applicationId == null ? null : em.find(JobApplication.class, applicationId);
        if (found == null) {
            throw Refusal.notFound("offer.application.notFound");
        }
        Offer o = access.offerLocked(found.getOfferId());
        JobApplication a = em.find(JobApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        ApplicationStatus to = status(target);
        Instant now = Instant.now();
        Long by = access.callerId();
        em.persist(a.moveTo(status(seen), to, message, by, now));
        Candidate c = em.find(Candidate.class, a.getCandidateId(), LockModeType.PESSIMISTIC_WRITE);
        String company = views.companyName(o.getOrganisationId());
        if (to == ApplicationStatus.HIRED) {
            em.persist(new Placement(a, o, views.sector(o.getOrganisationId()), OfferViews.today()));
            if (c.getStage().canMoveTo(o.getKind().leadsTo())) {
                em.persist(c.moveTo(c.getStage(), o.getKind().leadsTo(), by, company + " · " + o.getTitle(), now));
            }
        }
        mails.applicationMoved(c, a, o.getTitle(), company, message == null || message.isBlank() ? null : message.strip());
    }

    private Map<Long, Candidate> candidates(java.util.Collection<Long> ids) {
        Map<Long, Candidate> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c from Candidate c where c.id in :ids", Candidate.class).setParameter("ids", ids).getResultStream()
                    .forEach(c -> found.put(c.getId(), c));
        }
        return found;
    }

    private static ApplicationStatus status(String s) {
        try {
            return s == null || s.isBlank() ? null : ApplicationStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("offer.application.notAllowed");
        }
    }
}
