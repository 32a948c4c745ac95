package eu.lorntech.totem.identity.rest;

import eu.lorntech.totem.identity.boundary.Accounts;
import eu.lorntech.totem.platform.rest.RestApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own profile: what a script's token stands for. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "account")
@SecurityRequirement(name = RestApplication.TOKEN)
public class MeResource {

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "The caller's own profile: whom the token stands for")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Accounts.Profile me() {
        return accounts.myProfile();
    }
}
