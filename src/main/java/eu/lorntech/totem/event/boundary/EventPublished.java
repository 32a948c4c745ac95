package eu.lorntech.totem.event.boundary;

import java.time.Instant;

/**
 * Fired in the transaction that publishes an event, for the modules that waited for it (the needs
 * survey mails the registration link of a workshop made from a need): the event as the public sees it.
 */
public record EventPublished(Long eventId, String title, Instant startsAt, String siteName, String publicLink) {
}
