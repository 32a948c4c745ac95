package eu.lorntech.totem.event.entity;

/** An event is prepared as a draft, published to the catalogue, then cancelled or archived. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED, ARCHIVED
}
