package eu.lorntech.totem.coworking.rest;

import eu.lorntech.totem.coworking.boundary.BookingSummary;
import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.rest.Instants;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.rest.Params;
import eu.lorntech.totem.platform.rest.RestApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bookings of the caller: list, create, cancel. A clash is a 409 problem naming it. */
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "coworking")
@SecurityRequirement(name = RestApplication.TOKEN)
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class BookingsResource {

    /** What a script sends to book: the resource and the period, as ISO-8601 instants. */
    @Schema(name = "NewBooking", description = "A booking to make: the resource and the period")
    public record NewBooking(
            @Schema(required = true, description = "The resource's id (GET /api/resources)") Long resourceId,
            @Schema(required = true, format = "date-time", examples = "2026-12-01T09:00:00+01:00") String start,
            @Schema(required = true, format = "date-time", examples = "2026-12-01T10:00:00+01:00") String end) {
    }

    @Inject
    Bookings bookings;

    @GET
    @Operation(summary = "The caller's bookings since a moment (by default since yesterday), one page")
    @APIResponse(responseCode = "200", description = "One page of bookings and their total")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<BookingSummary> mine(
            @QueryParam("mine") @Parameter(description = "Accepted for old scripts; the list is always the caller's") String mine,
            @QueryParam("first") @Parameter(description = "Index of the first row",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("size") @Parameter(description = "Rows per page",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "50")) String size,
            @QueryParam("since") @Parameter(description = "ISO-8601 instant", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            String since) {
        Instant from = Instants.parse(since, "since");
        PageRequest page = PageRequest.of(Params.integer(first, "first", 0, Integer.MAX_VALUE, 0),
                Params.integer(size, "size", 1, PageRequest.MAX_SIZE, 50));
        return bookings.mine(from == null ? Instant.now().minus(Duration.ofDays(1)) : from, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's bookings; anyone else's is \"not found\"")
    @APIResponse(responseCode = "200", description = "The booking")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BookingSummary one(@PathParam("id") Long id) {
        return bookings.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a resource for a period, on the caller's credits")
    @APIResponse(responseCode = "201", description = "Booked; Location is the booking's address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingSummary.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response book(NewBooking request, @Context UriInfo uri, @Context jakarta.ws.rs.core.SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            // who asks comes before what they ask: an anonymous booking is a 401, whatever its body (AccessWalkIT)
            throw new jakarta.ws.rs.NotAuthorizedException("Bearer");
        }
        if (request == null || request.resourceId() == null) {
            throw Refusal.invalid("booking.resource.required");
        }
        BookingSummary created = bookings.book(request.resourceId(), Instants.parse(request.start(), "start"),
                Instants.parse(request.end(), "end"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel one of the caller's bookings (credits back before the site's cut-off)")
    @APIResponse(responseCode = "200", description = "The cancelled booking")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BookingSummary cancel(@PathParam("id") Long id, @QueryParam("reason") @Parameter(description = "Why, for the site team") String reason) {
        return bookings.cancel(id, reason);
    }
}
