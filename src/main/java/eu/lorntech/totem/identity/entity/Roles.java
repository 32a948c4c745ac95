package eu.lorntech.totem.identity.entity;

/** The role names as constants, for {@code @RolesAllowed}; they equal {@link Role#name()}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String SPACE_MANAGER = "SPACE_MANAGER";
    public static final String PROGRAMME_MANAGER = "PROGRAMME_MANAGER";
    public static final String EVENT_ORGANISER = "EVENT_ORGANISER";
    public static final String MENTOR = "MENTOR";
    public static final String FOUNDER = "FOUNDER";
    public static final String MEMBER = "MEMBER";
    public static final String PARTNER_COMPANY = "PARTNER_COMPANY";
    public static final String CANDIDATE = "CANDIDATE";

    private Roles() {
    }
}
