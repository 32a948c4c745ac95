package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.programme.entity.CallForApplications;
import java.io.Serializable;
import java.time.Instant;

/** A call for applications as the public page and the API show it. */
public record CallSummary(Long id, String programmeName, String programmeKind, Long siteId, String title, Instant opensAt,
        Instant closesAt) implements Serializable {

    static CallSummary of(CallForApplications c) {
        return new CallSummary(c.getId(), c.getProgramme().getName(), c.getProgramme().getKind().name(), c.getProgramme().getSiteId(),
                c.getTitle(), c.getOpensAt(), c.getClosesAt());
    }
}
