package eu.lorntech.totem.coworking.entity;

/** What can be booked in a coworking space. */
public enum ResourceKind {
    HOT_DESK, FIXED_DESK, MEETING_ROOM, PHONE_BOOTH, MACHINE;

    /** Rooms are released when nobody checks in; desks and machines are not. */
    public boolean releasedWithoutCheckIn() {
        return this == MEETING_ROOM;
    }
}
