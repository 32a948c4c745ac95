package eu.lorntech.totem.identity.rest;

import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.rest.Params;
import eu.lorntech.totem.platform.rest.RestApplication;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User accounts, for admins' scripts. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "account")
@SecurityRequirement(name = RestApplication.TOKEN)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class UsersResource {

    @Inject
    UserAdministration users;

    @GET
    @Operation(summary = "Search user accounts (admins), one page")
    @APIResponse(responseCode = "200", description = "One page of accounts and their total")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<UserAdministration.UserRow> search(@QueryParam("q") @Parameter(description = "Part of the e-mail or name") String q,
            @QueryParam("first") @Parameter(description = "Index of the first row",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("size") @Parameter(description = "Rows per page",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "25")) String size,
            @QueryParam("sort") @Parameter(description = "displayName, email, createdAt or active") String sort,
            @QueryParam("desc") @Parameter(description = "Descending order") boolean desc) {
        return users.search(new PageRequest(Params.integer(first, "first", 0, Integer.MAX_VALUE, 0),
                Params.integer(size, "size", 1, PageRequest.MAX_SIZE, 25), sort, !desc, q));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user account (admins)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UserAdministration.UserRow one(@PathParam("id") Long id) {
        return users.find(id);
    }
}
