package eu.lorntech.totem.platform.security;

/** The security role names, for {@code @RolesAllowed} in every module; identity's Role enum uses the same names. */
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
