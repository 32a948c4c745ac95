package eu.lorntech.totem.identity.rest;

import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** User accounts, for admins' scripts. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UsersResource {

    @Inject
    UserAdministration users;

    @GET
    public Page<UserAdministration.UserRow> search(@QueryParam("q") String q,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("25") int size,
            @QueryParam("sort") String sort, @QueryParam("desc") boolean desc) {
        return users.search(new PageRequest(first, size, sort, !desc, q));
    }

    @GET
    @Path("{id}")
    public UserAdministration.UserRow one(@PathParam("id") Long id) {
        return users.find(id);
    }
}
