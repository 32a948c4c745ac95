package eu.lorntech.totem.programme.entity;

/** An application is a draft until submitted, then decided. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, ACCEPTED, WAITLISTED, REJECTED
}
