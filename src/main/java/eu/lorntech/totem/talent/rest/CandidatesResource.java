package eu.lorntech.totem.talent.rest;

import eu.lorntech.totem.platform.rest.RestApplication;
import eu.lorntech.totem.talent.boundary.Applying;
import eu.lorntech.totem.talent.boundary.Offers;
import eu.lorntech.totem.talent.boundary.Profiles;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's own side: the offers that fit them best, with the reason. */
@Path("candidates")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "talent")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class CandidatesResource {

    @Schema(name = "CandidateMatches", description = "The open offers that fit the candidate best; none while their consent has run out")
    public record Matches(boolean consentExpired, List<OfferFit> offers) {
    }

    @Schema(name = "OfferFit")
    public record OfferFit(Offers.Summary offer, Explained match, boolean applied) {
    }

    @Inject
    Applying applying;

    @Inject
    Profiles profiles;

    @GET
    @Path("me/matches")
    @SecurityRequirement(name = RestApplication.TOKEN)
    @Operation(summary = "The open offers that fit the caller best, with the explanation (a candidate with a profile)")
    @APIResponse(responseCode = "200", description = "At most 20 offers, best first")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Matches mine(@Context HttpHeaders headers) {
        Map<Long, String> labels = new HashMap<>();
        profiles.skills(Explained.locale(headers)).forEach(s -> labels.put(s.id(), s.label()));
        Applying.Matches m = applying.myMatches(Applying.MATCHES_LIMIT);
        return new Matches(m.consentExpired(), m.offers().stream().map(f -> new OfferFit(f.offer(), Explained.of(f.match(), labels), f.applied())).toList());
    }
}
