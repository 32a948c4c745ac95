package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.entity.Booking;
import java.io.Serializable;
import java.time.Instant;

/** A booking as pages and the API show it. */
public record BookingView(Long id, Long resourceId, String resourceName, String resourceKind, Long siteId, Long userId,
        Instant start, Instant end, String status, int creditMinutes, boolean checkedIn) implements Serializable {

    static BookingView of(Booking b) {
        return new BookingView(b.getId(), b.getResource().getId(), b.getResource().getName(), b.getResource().getKind().name(),
                b.getResource().getSiteId(), b.getUserId(), b.getStartsAt(), b.getEndsAt(), b.getStatus().name(),
                b.getCreditMinutes(), b.getCheckedInAt() != null);
    }

    public boolean isLive() {
        return "CONFIRMED".equals(status);
    }
}
