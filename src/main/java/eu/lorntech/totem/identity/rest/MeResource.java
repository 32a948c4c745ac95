package eu.lorntech.totem.identity.rest;

import eu.lorntech.totem.identity.boundary.Accounts;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's own profile: what a script's token stands for. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MeResource {

    @Inject
    Accounts accounts;

    @GET
    public Accounts.Profile me() {
        return accounts.myProfile();
    }
}
