package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.entity.Resource;
import java.io.Serializable;

/** A bookable resource as pages and the API show it; {@code free} is set when availability was asked. */
public record ResourceSummary(Long id, Long siteId, String kind, String name, String description, int capacity,
        int minMinutes, int maxMinutes, int bufferMinutes, boolean requiresBadge, Boolean free) implements Serializable {

    static ResourceSummary of(Resource r, Boolean free) {
        return new ResourceSummary(r.getId(), r.getSiteId(), r.getKind().name(), r.getName(), r.getDescription(), r.getCapacity(),
                r.getMinMinutes(), r.getMaxMinutes(), r.getBufferMinutes(), r.isRequiresBadge(), free);
    }
}
