package eu.lorntech.totem.identity.entity;

/**
 * What a person may do in Totem. The enum names are the security role names checked by
 * {@code @RolesAllowed} (see platform.security.Roles).
 */
public enum Role {
    ADMIN(false),
    SPACE_MANAGER(true),
    PROGRAMME_MANAGER(true),
    EVENT_ORGANISER(true),
    MENTOR(false),
    FOUNDER(false),
    MEMBER(false),
    PARTNER_COMPANY(false),
    CANDIDATE(false);

    private final boolean siteScoped;

    Role(boolean siteScoped) {
        this.siteScoped = siteScoped;
    }

    /** Manager roles apply to the sites they are granted for; the others everywhere. */
    public boolean isSiteScoped() {
        return siteScoped;
    }

    public String messageKey() {
        return "role." + name();
    }
}
