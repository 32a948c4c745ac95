package eu.lorntech.totem.coworking.rest;

import eu.lorntech.totem.coworking.boundary.CalendarFeeds;
import eu.lorntech.totem.platform.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** iCalendar feeds and files (text/calendar), for calendar clients. */
@Path("ical")
@Produces("text/calendar;charset=UTF-8")
@PermitAll
public class CalendarResource {

    @Inject
    CalendarFeeds feeds;

    /** A member's private feed: the token in the URL is the key. */
    @GET
    @Path("members/{token}.ics")
    public Response member(@PathParam("token") String token) {
        return feeds.memberFeed(token).map(ics -> Response.ok(ics).build())
                .orElseThrow(() -> Refusal.notFound("calendar.feedNotFound"));
    }

    @GET
    @Path("resources/{id}.ics")
    public String resource(@PathParam("id") Long id) {
        return feeds.resourceFeed(id);
    }

    @GET
    @Path("bookings/{id}.ics")
    public Response booking(@PathParam("id") Long id) {
        return Response.ok(feeds.bookingFile(id)).header("Content-Disposition", "attachment; filename=\"booking-" + id + ".ics\"").build();
    }
}
