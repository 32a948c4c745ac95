package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.talent.entity.CompanyPage;
import eu.lorntech.totem.talent.entity.Match;
import eu.lorntech.totem.talent.entity.Offer;
import eu.lorntech.totem.talent.entity.Sector;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What the offers' boundaries show of an offer and its company: the summaries of a list, the company's sector, a candidate's fit. */
@Dependent
public class OfferViews {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** The names of the offers' companies, read in one query. */
    public Map<Long, String> companyNames(List<Offer> offers) {
        return sites.organisationNames(offers.stream().map(Offer::getOrganisationId).distinct().toList());
    }

    public String companyName(Long organisationId) {
        return sites.organisationNames(List.of(organisationId)).getOrDefault(organisationId, "");
    }

    /** The company's page, or its defaults if it never saved one. */
    public CompanyPage page(Long organisationId) {
        CompanyPage p = em.find(CompanyPage.class, organisationId);
        return p == null ? new CompanyPage(organisationId) : p;
    }

    public Sector sector(Long organisationId) {
        return page(organisationId).getSector();
    }

    /** The score a candidate's holdings make with an offer, explained. */
    public static Match fit(Offer o, Matching.Held h) {
        return Match.of(o.getSkills(), o.getLanguages(), o.getCountry(), h.skills(), h.languages(), h.countries());
    }
}
