package eu.lorntech.totem.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A role a user holds, at one site or, when {@link #getSite()} is null, at every site. */
@Entity
@Table(name = "user_role")
@Audited
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    protected RoleGrant() {
    }

    RoleGrant(User user, Role role, Site site) {
        this.user = user;
        this.role = Objects.requireNonNull(role);
        this.site = site;
    }

    public Role getRole() {
        return role;
    }

    public Site getSite() {
        return site;
    }

    public boolean appliesTo(Site other) {
        return site == null || other == null || Objects.equals(site.getId(), other.getId());
    }

    boolean sameAs(Role otherRole, Site otherSite) {
        Long mine = site == null ? null : site.getId();
        Long theirs = otherSite == null ? null : otherSite.getId();
        return role == otherRole && Objects.equals(mine, theirs);
    }
}
