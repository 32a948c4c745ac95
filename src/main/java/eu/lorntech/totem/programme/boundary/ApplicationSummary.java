package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.programme.entity.Application;
import java.io.Serializable;
import java.time.Instant;

/** An application as its founder, its jurors (anonymous when the call says so) and managers see it. */
public record ApplicationSummary(Long id, Long callId, String callTitle, String projectName, String summary, String status,
        Instant submittedAt, Long founderId) implements Serializable {

    static ApplicationSummary of(Application a, boolean anonymous) {
        return new ApplicationSummary(a.getId(), a.getCall().getId(), a.getCall().getTitle(), anonymous ? null : a.getProjectName(),
                a.getSummary(), a.getStatus().name(), a.getSubmittedAt(), anonymous ? null : a.getFounderId());
    }
}
