package eu.lorntech.totem.coworking.rest;

import eu.lorntech.totem.coworking.boundary.BookingView;
import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

/** Bookings of the caller: list, create, cancel. A clash is a 409 problem naming it. */
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class BookingsResource {

    /** What a script sends to book: the resource and the period, as ISO-8601 instants. */
    public record NewBooking(Long resourceId, String start, String end) {
    }

    @Inject
    Bookings bookings;

    @GET
    public Page<BookingView> mine(@QueryParam("mine") String mine, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("since") String since) {
        Instant from = Instants.parse(since, "since");
        return bookings.mine(from == null ? Instant.now().minus(Duration.ofDays(1)) : from, PageRequest.of(first, size));
    }

    @GET
    @Path("{id}")
    public BookingView one(@PathParam("id") Long id) {
        return bookings.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(NewBooking request, @Context UriInfo uri) {
        if (request == null || request.resourceId() == null) {
            throw Refusal.invalid("booking.resource.required");
        }
        BookingView created = bookings.book(request.resourceId(), Instants.parse(request.start(), "start"),
                Instants.parse(request.end(), "end"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public BookingView cancel(@PathParam("id") Long id, @QueryParam("reason") String reason) {
        return bookings.cancel(id, reason);
    }
}
