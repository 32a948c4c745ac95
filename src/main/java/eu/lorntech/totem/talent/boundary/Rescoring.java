package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.Matching;
import eu.lorntech.totem.talent.control.OfferViews;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Scores every candidate against every offer not yet closed again. An offer or a profile that changes is
 * scored at once; this is the safety net: every night (an offer and a profile changed in the same instant
 * each scored without the other), and on an admin's demand after a bulk import of candidates.
 */
@Stateless
public class Rescoring {

    private static final Logger LOG = Logger.getLogger(Rescoring.class.getName());

    @Inject
    Matching matching;

    @PermitAll
    @Schedule(hour = "3", minute = "45", persistent = false)
    public void everyNight() {
        LOG.info(() -> "Talent matches scored again: " + matching.refreshAll(OfferViews.today()) + " pairs");
    }

    /** Scores everything again now; answers the number of candidate-offer pairs that match. */
    @RolesAllowed(Roles.ADMIN)
    public int now() {
        return matching.refreshAll(OfferViews.today());
    }
}
