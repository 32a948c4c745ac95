package eu.lorntech.totem.identity.rest;

import eu.lorntech.totem.identity.boundary.Sites;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The sites of the network (public). */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SitesResource {

    @Inject
    Sites sites;

    @GET
    public List<Sites.SiteView> all() {
        return sites.all();
    }
}
