package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.form.entity.Document;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.Matching;
import eu.lorntech.totem.talent.control.OfferAccess;
import eu.lorntech.totem.talent.control.OfferViews;
import eu.lorntech.totem.talent.entity.JobApplication;
import eu.lorntech.totem.talent.entity.ApplicationStep;
import eu.lorntech.totem.talent.entity.Candidate;
import eu.lorntech.totem.talent.entity.Match;
import eu.lorntech.totem.talent.entity.Offer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A candidate's side of the matching: the open offers that fit them best, with the reason; applying
 * with a message, once per offer; following their applications; their CV (a PDF of 5 MB at most). A
 * candidate whose consent ran out is shown no offer and cannot apply until they renew it.
 */
@Stateless
public class Applying {

    /** At most this many offers suggested to a candidate. */
    public static final int MATCHES_LIMIT = 20;

    /** A CV is a PDF of 5 MB at most. */
    public static final long CV_MAX_BYTES = 5L * 1024 * 1024;

    /** An offer and how the candidate fits it; {@code applied}: they applied already. */
    public record OfferFit(Offers.Summary offer, Match match, boolean applied) implements Serializable {
    }

    /** The candidate's matches, or none while their consent has run out. */
    public record Matches(boolean consentExpired, List<OfferFit> offers) implements Serializable {
    }

    /** One of the candidate's applications, with the company's last message. */
    public record Mine(Long id, Offers.Summary offer, String status, Instant appliedAt, Instant changedAt, String lastMessage) implements Serializable {
    }

    /** A CV to download. */
    public record Cv(String fileName, byte[] content) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Matching matching;

    @Inject
    OfferViews views;

    @Inject
    OfferAccess access;

    /** The open offers that fit the caller best (at most {@link #MATCHES_LIMIT}), by the database's ranking. */
    @RolesAllowed(Roles.CANDIDATE)
    public Matches myMatches(int limit) {
        Candidate c = own();
        LocalDate today = OfferViews.today();
        if (c.consentExpired(today)) {
            return new Matches(true, List.of());
        }
        Map<Long, Integer> best = matching.bestOffers(c.getId(), today, Math.max(1, Math.min(MATCHES_LIMIT, limit)));
        if (best.isEmpty()) {
            return new Matches(false, List.of());
        }
        Map<Long, Offer> found = new HashMap<>();
        em.createNamedQuery(Offer.WITH_CRITERIA, Offer.class).setParameter("ids", best.keySet()).getResultStream().forEach(o -> found.put(o.getId(), o));
        List<Offer> ordered = best.keySet().stream().map(found::get).toList();
        List<Offers.Summary> summaries = Offers.summaries(ordered, views.companyNames(ordered));
        Matching.Held held = matching.held(List.of(c.getId())).get(c.getId());
        java.util.Set<Long> applied = new java.util.HashSet<>();
        em.createNamedQuery(JobApplication.OF_CANDIDATE, JobApplication.class).setParameter("candidate", c.getId()).getResultStream()
                .forEach(a -> applied.add(a.getOfferId()));
        List<OfferFit> fits = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            fits.add(new OfferFit(summaries.get(i), OfferViews.fit(ordered.get(i), held), applied.contains(ordered.get(i).getId())));
        }
        return new Matches(false, fits);
    }

    /** Applies to an open offer with a message; once per offer (the database's unique key says so too). */
    @RolesAllowed(Roles.CANDIDATE)
    public Long apply(Long offerId, String message) {
        Candidate c = own();
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        if (c.consentExpired(OfferViews.today())) {
            throw Refusal.invalid("offer.apply.consentExpired");
        }
        Offer o = offerId == null ? null : em.find(Offer.class, offerId);
        if (o == null || !o.isOpen(OfferViews.today())) {
            throw Refusal.notFound("offer.notFound");
        }
        if (em.createNamedQuery(JobApplication.COUNT_OF_OFFER_AND_CANDIDATE, Long.class).setParameter("offer", o.getId())
                .setParameter("candidate", c.getId()).getSingleResult() > 0) {
            throw Refusal.conflict("offer.apply.already");
        }
        JobApplication a = new JobApplication(o.getId(), c.getId(), message, Instant.now());
        try {
            // the insert happens here (identity ids); the unique key on (offer, candidate) is the guard when two requests race
            em.persist(a);
            em.flush();
        } catch (PersistenceException twice) {
            throw Refusal.conflict("offer.apply.already");
        }
        return a.getId();
    }

    /** The caller's applications, latest first. */
    @RolesAllowed(Roles.CANDIDATE)
    public List<Mine> myApplications() {
        Optional<Candidate> c = mine();
        if (c.isEmpty()) {
            return List.of();
        }
        List<JobApplication> apps = em.createNamedQuery(JobApplication.OF_CANDIDATE, JobApplication.class).setParameter("candidate", c.get().getId())
                .getResultList();
        if (apps.isEmpty()) {
            return List.of();
        }
        Map<Long, Offers.Summary> summaries = new HashMap<>();
        List<Offer> applied = apps.stream().map(a -> em.find(Offer.class, a.getOfferId())).distinct().toList();
        Offers.summaries(applied, views.companyNames(applied)).forEach(s -> summaries.put(s.id(), s));
        Map<Long, String> last = new HashMap<>();
        em.createNamedQuery(ApplicationStep.OF_APPLICATIONS, ApplicationStep.class).setParameter("applications", apps.stream().map(JobApplication::getId).toList())
                .getResultStream().filter(s -> s.getMessage() != null).forEach(s -> last.put(s.getApplicationId(), s.getMessage()));
        return apps.stream().map(a -> new Mine(a.getId(), summaries.get(a.getOfferId()), a.getStatus().name(), a.getAppliedAt(), a.getChangedAt(),
                last.get(a.getId()))).toList();
    }

    /** Replaces the caller's CV: a PDF (judged by its content) of 5 MB at most. */
    @RolesAllowed(Roles.CANDIDATE)
    public void uploadCv(String fileName, byte[] content) {
        Candidate c = own();
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        if (content != null && content.length > CV_MAX_BYTES) {
            throw Refusal.invalid("talent.cv.tooLarge", CV_MAX_BYTES / (1024 * 1024));
        }
        Document d = Document.pdf(fileName, content, people.requireCurrent().id(), Instant.now());
        em.persist(d);
        em.flush();
        Long before = c.attachCv(d.getId());
        if (before != null) {
            Document old = em.find(Document.class, before);
            if (old != null) {
                em.remove(old);
            }
        }
    }

    /** The caller's CV's file name, if they gave one. */
    @RolesAllowed(Roles.CANDIDATE)
    public Optional<String> myCvName() {
        return mine().map(Candidate::getCvDocumentId).map(id -> em.find(Document.class, id)).map(Document::getFileName);
    }

    /**
     * A candidate's CV: for the candidate, the programme managers of their site, and a company they applied
     * to (while their consent holds). Anyone else: "not found".
     */
    @RolesAllowed({Roles.CANDIDATE, Roles.PARTNER_COMPANY, Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Cv cv(Long candidateId) {
        Candidate c = candidateId == null ? null : em.find(Candidate.class, candidateId);
        if (c == null || c.getCvDocumentId() == null || !maySeeCv(c)) {
            throw Refusal.notFound("talent.cv.notFound");
        }
        Document d = em.find(Document.class, c.getCvDocumentId());
        return new Cv(d.getFileName(), d.getContent());
    }

    private boolean maySeeCv(Candidate c) {
        Long me = people.requireCurrent().id();
        if (me.equals(c.getUserId()) || people.callerHolds(Roles.PROGRAMME_MANAGER, c.getSiteId())) {
            return true;
        }
        if (c.consentExpired(OfferViews.today())) {
            return false;
        }
        // one query: has the candidate applied to an offer of the caller's company?
        return access.company().map(co -> em.createNamedQuery(JobApplication.COUNT_TO_COMPANY, Long.class).setParameter("candidate", c.getId())
                .setParameter("organisation", co.organisationId()).getSingleResult() > 0).orElse(false);
    }

    private Optional<Candidate> mine() {
        return em.createNamedQuery(Candidate.OF_USER, Candidate.class).setParameter("user", people.requireCurrent().id()).getResultStream().findFirst();
    }

    private Candidate own() {
        return mine().orElseThrow(() -> Refusal.notFound("talent.profile.none"));
    }
}
