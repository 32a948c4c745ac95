package eu.lorntech.totem.coworking.rest;

import eu.lorntech.totem.coworking.boundary.ResourceView;
import eu.lorntech.totem.coworking.boundary.Resources;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The bookable resources of a site, with their availability between two instants if asked. */
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ResourcesResource {

    @Inject
    Resources resources;

    @GET
    public List<ResourceView> list(@QueryParam("site") Long siteId, @QueryParam("type") String type,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return resources.of(siteId, type, Instants.parse(from, "from"), Instants.parse(to, "to"));
    }
}
