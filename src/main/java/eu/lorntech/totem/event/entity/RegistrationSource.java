package eu.lorntech.totem.event.entity;

/** Who made a registration: a guest on the public form, a signed-in member, an organiser by hand, or the door. */
public enum RegistrationSource {
    GUEST, MEMBER, ORGANISER, WALK_IN
}
