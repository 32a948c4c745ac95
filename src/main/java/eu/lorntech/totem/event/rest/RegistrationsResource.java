package eu.lorntech.totem.event.rest;

import eu.lorntech.totem.event.boundary.Registrations;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A registration cancelled with the personal token of its mail (the person's own link); the first in line gets the seat. */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "events")
@SecurityRequirementsSet({})
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class RegistrationsResource {

    @Inject
    Registrations registrations;

    @DELETE
    @Path("{token}")
    @Operation(summary = "Cancel a registration, or leave the waiting list, with its personal token")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response cancel(@PathParam("token") String token) {
        registrations.cancelByToken(token);
        return Response.noContent().build();
    }
}
