package eu.lorntech.totem.coworking.entity;

/** A booking holds its slots while CONFIRMED; cancelled and released ones free them. */
public enum BookingStatus {
    CONFIRMED, CANCELLED, RELEASED
}
