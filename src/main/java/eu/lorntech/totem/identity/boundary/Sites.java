package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.entity.Organisation;
import eu.lorntech.totem.identity.entity.OrganisationKind;
import eu.lorntech.totem.identity.entity.Site;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The sites of the network; public knowledge. */
@Stateless
public class Sites {

    public record SiteView(Long id, String code, String name, String city, String timeZone) implements Serializable {
    }

    /** An organisation known to a site (a startup, a company or a school), by name. */
    public record OrganisationView(Long id, String name, String kind) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public List<SiteView> all() {
        return em.createNamedQuery(Site.ALL, Site.class).getResultStream().map(Sites::view).toList();
    }

    @PermitAll
    public Optional<SiteView> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Site.class, id)).map(Sites::view);
    }

    /** The site's organisations of one kind (STARTUP, COMPANY or SCHOOL), by name: public knowledge, as the sites. */
    @PermitAll
    public List<OrganisationView> organisations(Long siteId, String kind) {
        OrganisationKind k = OrganisationKind.valueOf(kind);
        return em.createNamedQuery(Organisation.BY_SITE, Organisation.class).setParameter("site", em.getReference(Site.class, siteId))
                .getResultStream().filter(o -> o.getKind() == k).map(o -> new OrganisationView(o.getId(), o.getName(), k.name())).toList();
    }

    /** The names of the organisations with these ids (unknown ids are left out): public knowledge, as the sites. */
    @PermitAll
    public java.util.Map<Long, String> organisationNames(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (ids != null && !ids.isEmpty()) {
            em.createNamedQuery(Organisation.NAMES, Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    static SiteView view(Site s) {
        return new SiteView(s.getId(), s.getCode(), s.getName(), s.getCity(), s.zone().getId());
    }
}
