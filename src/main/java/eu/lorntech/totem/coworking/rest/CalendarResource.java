package eu.lorntech.totem.coworking.rest;

import eu.lorntech.totem.coworking.boundary.CalendarFeeds;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.rest.RestApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** iCalendar feeds and files (text/calendar), for calendar clients. */
@Path("ical")
@Produces(CalendarResource.ICS)
@PermitAll
@Tag(name = "ical")
// a bearer token that is unknown or revoked is refused even here
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class CalendarResource {

    static final String ICS = "text/calendar;charset=UTF-8";

    @Inject
    CalendarFeeds feeds;

    /** A member's private feed: the token in the URL is the key. */
    @GET
    @Path("members/{token}.ics")
    @Operation(summary = "A member's private feed of their bookings (public: the address itself is the key, shown in \"My bookings\")")
    @SecurityRequirementsSet({})
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ICS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response member(@PathParam("token") @Parameter(description = "The feed's secret, 64 hexadecimal digits") String token) {
        return feeds.memberFeed(token).map(ics -> Response.ok(ics).build())
                .orElseThrow(() -> Refusal.notFound("calendar.feedNotFound"));
    }

    @GET
    @Path("resources/{id}.ics")
    @Operation(summary = "A resource's busy times (public, no names)")
    @SecurityRequirementsSet({})
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ICS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public String resource(@PathParam("id") Long id) {
        return feeds.resourceFeed(id);
    }

    @GET
    @Path("bookings/{id}.ics")
    @Operation(summary = "One of the caller's bookings as an .ics file; anyone else's is \"not found\"")
    @SecurityRequirement(name = RestApplication.TOKEN)
    @APIResponse(responseCode = "200", description = "The .ics file", content = @Content(mediaType = ICS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response booking(@PathParam("id") Long id) {
        return Response.ok(feeds.bookingFile(id)).header("Content-Disposition", "attachment; filename=\"booking-" + id + ".ics\"").build();
    }
}
