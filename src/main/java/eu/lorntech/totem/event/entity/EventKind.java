package eu.lorntech.totem.event.entity;

/** What sort of event it is, for the catalogue's filter. */
public enum EventKind {
    WORKSHOP, SEMINAR, CONFERENCE, VISIT, NETWORKING
}
