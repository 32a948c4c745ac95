package eu.lorntech.totem.talent.rest;

import eu.lorntech.totem.platform.rest.RestApplication;
import eu.lorntech.totem.talent.boundary.Rescoring;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The talent matching's upkeep: score every candidate and offer again (admins, after a bulk import). */
@Path("talent/matches")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "talent")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class MatchesResource {

    @Schema(name = "Rescored")
    public record Rescored(@Schema(description = "Candidate-offer pairs that match") int pairs) {
    }

    @Inject
    Rescoring rescoring;

    @POST
    @Path("rescore")
    @SecurityRequirement(name = RestApplication.TOKEN)
    @Operation(summary = "Score every candidate against every offer not yet closed again (admins)")
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Rescored rescore() {
        return new Rescored(rescoring.now());
    }
}
