package eu.lorntech.totem.coworking.rest;

import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.platform.rest.Instants;
import eu.lorntech.totem.coworking.boundary.Resources;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bookable resources of a site, with their availability between two instants if asked. */
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "coworking")
@SecurityRequirementsSet({})
// a bearer token that is unknown or revoked is refused even here
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class ResourcesResource {

    @Inject
    Resources resources;

    @GET
    @Operation(summary = "The bookable resources of a site (public), with \"free\" when a period is given")
    @APIResponse(responseCode = "200", description = "The site's active resources")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<ResourceSummary> list(@QueryParam("site") @Parameter(required = true, description = "The site's id (GET /api/sites)") Long siteId,
            @QueryParam("type") @Parameter(description = "Only resources of this kind (a `kind` of the answer, e.g. MEETING_ROOM)") String type,
            @QueryParam("from") @Parameter(description = "Start of the period (ISO-8601)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            String from,
            @QueryParam("to") @Parameter(description = "End of the period (ISO-8601)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            String to) {
        return resources.of(siteId, type, Instants.parse(from, "from"), Instants.parse(to, "to"));
    }
}
