package eu.lorntech.totem.event.entity;

/** What a scan at the door found. Only ADMITTED lets the person in for the first time. */
public enum CheckInResult {
    ADMITTED, ALREADY_ADMITTED, CANCELLED, WAITLISTED, UNKNOWN
}
