package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.entity.Offer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who may see an offer's applicants and change it: the company that posted it, the programme managers
 * of its site, the admins. Anyone else gets "not found", as for an unknown id.
 */
@Dependent
public class OfferAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    /** The caller's company: a partner company's staff belong to a company organisation. */
    public Optional<People.Affiliation> company() {
        return people.callerOrganisation().filter(a -> "COMPANY".equals(a.kind()));
    }

    public People.Affiliation requireCompany() {
        return company().orElseThrow(() -> Refusal.forbidden("offer.company.none"));
    }

    public Long callerId() {
        return people.requireCurrent().id();
    }

    public boolean manages(Offer o) {
        if (o == null) {
            return false;
        }
        if (people.callerHolds(Roles.PROGRAMME_MANAGER, o.getSiteId())) {
            return true;
        }
        return company().map(c -> c.organisationId().equals(o.getOrganisationId())).orElse(false);
    }

    public Offer offer(Long id) {
        return check(id == null ? null : em.find(Offer.class, id));
    }

    /** The offer's row locked until commit: applications to one offer are moved one after the other. */
    public Offer offerLocked(Long id) {
        return check(id == null ? null : em.find(Offer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Offer check(Offer o) {
        if (!manages(o)) {
            throw Refusal.notFound("offer.notFound");
        }
        return o;
    }
}
