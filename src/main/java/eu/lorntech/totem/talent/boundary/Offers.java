package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.Matching;
import eu.lorntech.totem.talent.control.OfferAccess;
import eu.lorntech.totem.talent.control.OfferViews;
import eu.lorntech.totem.talent.entity.CompanyPage;
import eu.lorntech.totem.talent.entity.Offer;
import eu.lorntech.totem.talent.entity.OfferKind;
import eu.lorntech.totem.talent.entity.Sector;
import eu.lorntech.totem.talent.entity.Skill;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Partner companies' offers: the company's page, its offers and their terms, and the public list of
 * the offers open today. Applicants and matches are {@link Recruitment}'s. A company sees and changes
 * only its own offers; the programme managers those of their site; another offer is "not found".
 */
@Stateless
public class Offers {

    static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    /** An offer as a list shows it. */
    public record Summary(Long id, String title, Long companyId, String company, String kind, String place, String country, String contract,
            LocalDate opensOn, LocalDate closesOn, boolean open) implements Serializable {
    }

    /** A skill an offer asks for. */
    public record Criterion(Long skillId, boolean required, int minLevel) implements Serializable {
    }

    /** An offer as its page shows it; {@code manageable}: the caller may change it and see its applicants. */
    public record Detail(Summary summary, String description, List<Criterion> skills, Map<String, String> languages, boolean manageable)
            implements Serializable {
    }

    /** One of the company's offers with how many applied. */
    public record Posted(Summary summary, long applicants) implements Serializable {
    }

    /** The company's page. */
    public record Company(Long id, String name, String sector, String country, String commune, String website, String about) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OfferAccess access;

    @Inject
    Matching matching;

    @Inject
    OfferViews views;

    /** The caller's company and its page (a page never saved shows its defaults). */
    @RolesAllowed(Roles.PARTNER_COMPANY)
    public Company myCompany() {
        People.Affiliation a = access.requireCompany();
        CompanyPage p = views.page(a.organisationId());
        return new Company(a.organisationId(), a.name(), p.getSector().name(), p.getCountry(), p.getCommune(), p.getWebsite(), p.getAbout());
    }

    /** Replaces the caller's company page as a whole. */
    @RolesAllowed(Roles.PARTNER_COMPANY)
    public Company describeMyCompany(String sector, String country, String commune, String website, String about) {
        People.Affiliation a = access.requireCompany();
        CompanyPage p = em.find(CompanyPage.class, a.organisationId());
        if (p == null) {
            p = new CompanyPage(a.organisationId());
            p.describe(sector(sector), country, commune, website, about, Instant.now());
            em.persist(p);
        } else {
            p.describe(sector(sector), country, commune, website, about, Instant.now());
        }
        return myCompany();
    }

    /** The caller's company's offers, latest closing first, with the number of applicants of each. */
    @RolesAllowed(Roles.PARTNER_COMPANY)
    public List<Posted> myOffers() {
        People.Affiliation a = access.requireCompany();
        return posted(em.createNamedQuery(Offer.OF_COMPANY, Offer.class).setParameter("organisation", a.organisationId()).getResultList());
    }

    /** The offers of a site, for its programme managers. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Posted> atSite(Long siteId) {
        return posted(em.createQuery("select o from Offer o where o.siteId = :site order by o.closesOn desc, o.id desc", Offer.class)
                .setParameter("site", siteId).getResultList().stream().filter(access::manages).toList());
    }

    /** Posts an offer of the caller's company at its site; answers its id. */
    @RolesAllowed(Roles.PARTNER_COMPANY)
    public Long post(Offer.Terms terms) {
        People.Affiliation a = access.requireCompany();
        Offer o = new Offer(a.organisationId(), a.siteId(), access.callerId(), Instant.now());
        o.describe(terms, OfferViews.today(), knownSkills());
        em.persist(o);
        matching.refreshOffer(o.getId());
        return o.getId();
    }

    /** Changes an offer's terms as a whole; its matches are scored again. */
    @RolesAllowed({Roles.PARTNER_COMPANY, Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void revise(Long offerId, Offer.Terms terms) {
        Offer o = access.offerLocked(offerId);
        o.describe(terms, OfferViews.today(), knownSkills());
        matching.refreshOffer(o.getId());
    }

    /** The offers open today, soonest closing first, filtered by kind, country and site (each may be null). */
    @PermitAll
    public Page<Summary> open(String kind, String country, Long siteId, PageRequest page) {
        OfferKind k = kind == null ? null : OfferKind.valueOf(kind);
        LocalDate today = OfferViews.today();
        List<Offer> rows = em.createNamedQuery(Offer.OPEN, Offer.class).setParameter("today", today).setParameter("kind", k)
                .setParameter("country", country).setParameter("site", siteId).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(Offer.COUNT_OPEN, Long.class).setParameter("today", today).setParameter("kind", k)
                .setParameter("country", country).setParameter("site", siteId).getSingleResult();
        return new Page<>(summaries(rows), total);
    }

    /** An offer: anyone may read one open today; its company and managers read it always. */
    @PermitAll
    public Detail detail(Long offerId) {
        Offer o = offerId == null ? null : em.find(Offer.class, offerId);
        boolean manageable = access.manages(o);
        if (o == null || !(manageable || o.isOpen(OfferViews.today()))) {
            throw Refusal.notFound("offer.notFound");
        }
        return detail(o, manageable);
    }

    Detail detail(Offer o, boolean manageable) {
        List<Criterion> skills = o.getSkills().stream().map(r -> new Criterion(r.skillId(), r.required(), r.minLevel()))
                .sorted(Comparator.comparing(Criterion::required).reversed().thenComparing(Criterion::skillId)).toList();
        return new Detail(summaries(List.of(o)).get(0), o.getDescription(), skills, new TreeMap<>(o.getLanguages()), manageable);
    }


    /** The offers as a list shows them, their companies named in one query. */
    List<Summary> summaries(List<Offer> offers) {
        return summaries(offers, views.companyNames(offers));
    }

    static List<Summary> summaries(List<Offer> offers, Map<Long, String> names) {
        LocalDate today = OfferViews.today();
        return offers.stream().map(o -> new Summary(o.getId(), o.getTitle(), o.getOrganisationId(), names.getOrDefault(o.getOrganisationId(), "?"),
                o.getKind().name(), o.getPlace(), o.getCountry(), o.getContract().name(), o.getOpensOn(), o.getClosesOn(), o.isOpen(today))).toList();
    }

    private List<Posted> posted(List<Offer> offers) {
        List<Summary> s = summaries(offers);
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (!offers.isEmpty()) {
            em.createQuery("select a.offerId, count(a) from JobApplication a where a.offerId in :ids group by a.offerId", Object[].class)
                    .setParameter("ids", offers.stream().map(Offer::getId).toList()).getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return s.stream().map(x -> new Posted(x, counts.getOrDefault(x.id(), 0L))).toList();
    }



    private static Sector sector(String s) {
        try {
            return s == null || s.isBlank() ? null : Sector.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("offer.company.sector.required");
        }
    }

    private java.util.function.Predicate<Long> knownSkills() {
        Set<Long> known = new HashSet<>();
        em.createNamedQuery(Skill.ACTIVE, Skill.class).getResultStream().forEach(s -> known.add(s.getId()));
        return known::contains;
    }



}
