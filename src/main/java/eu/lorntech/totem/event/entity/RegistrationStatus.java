package eu.lorntech.totem.event.entity;

/** A registration holds a seat, waits for one, or is over. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED;

    public boolean isLive() {
        return this != CANCELLED;
    }
}
