package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.entity.Booking;
import java.io.Serializable;
import java.time.Instant;

/** A booking as pages and the API show it. */
public record BookingSummary(Long id, Long resourceId, String resourceName, String resourceKind, Long siteId, Long userId,
        Instant start, Instant end, String status, int creditMinutes, boolean checkedIn) implements Serializable {

    static BookingSummary of(Booking b) {
        return new BookingSummary(b.getId(), b.getResource().getId(), b.getResource().getName(), b.getResource().getKind().name(),
                b.getResource().getSiteId(), b.getUserId(), b.getStartsAt(), b.getEndsAt(), b.getStatus().name(),
                b.getCreditMinutes(), b.getCheckedInAt() != null);
    }

    public boolean isLive() {
        return "CONFIRMED".equals(status);
    }
}
