package eu.lorntech.totem.identity.rest;

import eu.lorntech.totem.identity.boundary.Sites;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sites of the network (public). */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "sites")
@SecurityRequirementsSet({})
// a bearer token that is unknown or revoked is refused even here
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class SitesResource {

    @Inject
    Sites sites;

    @GET
    @Operation(summary = "The sites of the network (public)")
    @APIResponse(responseCode = "200", description = "All sites")
    public List<Sites.SiteView> all() {
        return sites.all();
    }
}
