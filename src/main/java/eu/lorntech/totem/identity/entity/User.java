package eu.lorntech.totem.identity.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who signs in to Totem: one record across modules, with the roles they hold. */
@Entity
@Table(name = "app_user")
@Audited
@NamedQuery(name = User.BY_EMAIL, query = "select u from User u where u.email = :email")
@NamedQuery(name = User.WITH_ROLES,
        query = "select distinct u from User u left join fetch u.roles where u.id = :id")
@NamedQuery(name = User.COUNT_ACTIVE, query = "select count(u) from User u where u.active = true")
@NamedQuery(name = User.COUNT_ACTIVE_WITH_ROLE_AT_SITE, query = "select count(distinct u) from User u join u.roles g "
        + "where u.active = true and g.role = :role and u.homeSite = :site")
public class User {
    public static final String BY_EMAIL = "User.byEmail";
    public static final String WITH_ROLES = "User.withRoles";
    public static final String COUNT_ACTIVE = "User.countActive";
    public static final String COUNT_ACTIVE_WITH_ROLE_AT_SITE = "User.countActiveWithRoleAtSite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name")
    private String displayName;

    @NotAudited
    @Column(name = "password_hash")
    private String passwordHash;

    @NotNull
    @Column(name = "preferred_language")
    private Language preferredLanguage = Language.DEFAULT;

    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_site_id")
    private Site homeSite;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "consent_communications")
    private boolean consentCommunications;

    /** When the password was last replaced: sessions signed in before it end, on every server. */
    @NotAudited
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    @NotAudited
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<RoleGrant> roles = new HashSet<>();

    @Version
    private int version;

    protected User() {
    }

    public User(String email, String displayName, Language language, Site homeSite, Instant now) {
        this.email = normaliseEmail(email);
        this.displayName = displayName == null ? null : displayName.strip();
        this.preferredLanguage = language == null ? Language.DEFAULT : language;
        this.homeSite = homeSite;
        this.createdAt = now;
    }

    /** E-mail addresses are compared without case and surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void grant(Role role, Site site) {
        Site scope = role.isSiteScoped() ? site : null;
        if (roles.stream().noneMatch(g -> g.sameAs(role, scope))) {
            roles.add(new RoleGrant(this, role, scope));
        }
    }

    public void revoke(Role role) {
        roles.removeIf(g -> g.getRole() == role);
    }

    /** Replaces the roles with the given ones; site-scoped roles apply to {@code site}. */
    public void replaceRoles(Collection<Role> newRoles, Site site) {
        roles.removeIf(g -> !newRoles.contains(g.getRole()));
        newRoles.forEach(r -> grant(r, site));
    }

    public boolean holds(Role role) {
        return roles.stream().anyMatch(g -> g.getRole() == role);
    }

    public boolean holds(Role role, Site site) {
        return roles.stream().anyMatch(g -> g.getRole() == role && g.appliesTo(site));
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(g -> set.add(g.getRole()));
        return set;
    }

    public Set<String> roleNames() {
        return roleSet().stream().map(Role::name).collect(Collectors.toSet());
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /**
     * Replaces a password someone may know (change or reset): every session signed in before, and
     * every API token, must stop working. {@code credentialsChangedAt} is kept in whole seconds,
     * as MariaDB through Connector/J stores them here (fractions were dropped, so a finer value
     * read back differently), and always moves forward, so two changes within one second still
     * differ.
     */
    public Instant replacePassword(String newHash, Instant now) {
        Instant changedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (credentialsChangedAt != null && !changedAt.isAfter(credentialsChangedAt)) {
            changedAt = credentialsChangedAt.plusSeconds(1);
        }
        this.passwordHash = newHash;
        this.credentialsChangedAt = changedAt;
        return changedAt;
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void updateProfile(String newDisplayName, Language language, boolean consent) {
        this.displayName = newDisplayName.strip();
        this.preferredLanguage = language;
        this.consentCommunications = consent;
    }

    public void changeLanguage(Language language) {
        this.preferredLanguage = language;
    }

    public void moveTo(Site site) {
        this.homeSite = site;
    }

    public void joinOrganisation(Organisation org) {
        this.organisation = org;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public Site getHomeSite() {
        return homeSite;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isConsentCommunications() {
        return consentCommunications;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<RoleGrant> getRoles() {
        return Set.copyOf(roles);
    }
}
