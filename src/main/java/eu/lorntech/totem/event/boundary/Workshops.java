package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.event.entity.EventOrganiser;
import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.FormPurpose;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Territorial workshops asked by other modules (a need of the companies' survey): a draft workshop
 * at a site, whose organisers are the site's event organisers (who prepare and publish it) and the
 * person who asked. Nothing is published and nobody registered is mailed here.
 */
@Stateless
public class Workshops {

    /** What the asking module prefills. */
    public record Draft(String title, String summary, Instant startsAt, Instant endsAt, int capacity) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Sites sites;

    @Inject
    FormAnswers forms;

    /** A draft workshop at a site where the caller is a programme manager (an admin anywhere); its id. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long draftForNeed(Long siteId, Draft draft) {
        Caller me = people.requireCurrent();
        if (siteId == null || sites.byId(siteId).isEmpty() || !people.callerHolds(Roles.PROGRAMME_MANAGER, siteId)) {
            throw Refusal.forbidden("error.forbidden");
        }
        return create(siteId, me.id(), draft);
    }

    /**
     * The demo's workshop, made at startup where there is no caller (hence open to all): called only by
     * the demo data of the embedded database; it makes a draft that only organisers see and mails nobody.
     */
    @PermitAll
    public Long draftForDemo(Long siteId, Long askedBy, Draft draft) {
        return create(siteId, askedBy, draft);
    }

    private Long create(Long siteId, Long askedBy, Draft d) {
        Instant now = Instant.now();
        Instant opens = now.isBefore(d.startsAt()) ? now : d.startsAt().minusSeconds(3600);
        Event e = new Event(siteId, EventKind.WORKSHOP, askedBy, now,
                new Event.Details(d.title(), d.summary(), null, "fr", d.startsAt(), d.endsAt(), opens, d.startsAt(), d.capacity()));
        em.persist(e);
        Form registration = forms.newForm(FormPurpose.EVENT);
        Form feedback = forms.newForm(FormPurpose.FEEDBACK);
        em.flush();
        e.useForms(registration.getId(), feedback.getId());
        Set<Long> organisers = new LinkedHashSet<>();
        organisers.add(askedBy);
        people.holding(Roles.EVENT_ORGANISER, siteId).forEach(c -> organisers.add(c.id()));
        organisers.forEach(u -> em.persist(new EventOrganiser(e.getId(), u)));
        return e.getId();
    }
}
