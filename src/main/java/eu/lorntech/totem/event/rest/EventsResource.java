package eu.lorntech.totem.event.rest;

import eu.lorntech.totem.event.boundary.CheckIns;
import eu.lorntech.totem.event.boundary.EventCatalogue;
import eu.lorntech.totem.event.boundary.EventCatalogue.Card;
import eu.lorntech.totem.event.boundary.EventCatalogue.Detail;
import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.boundary.Registrations.Placed;
import eu.lorntech.totem.event.boundary.Registrations.Signup;
import eu.lorntech.totem.event.control.CheckInDesk.Answer;
import eu.lorntech.totem.event.entity.EventKind;
import eu.lorntech.totem.event.entity.Registration.Person;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.mail.PeopleWaiting;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.rest.Instants;
import eu.lorntech.totem.platform.rest.Params;
import eu.lorntech.totem.platform.rest.RestApplication;
import eu.lorntech.totem.platform.security.ClientAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public catalogue of events, registration (as a guest, or signed in with a token) and the
 * doors' check-in (organisers' token). Guest registration creates no HTTP session.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "events")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class EventsResource {

    @Schema(name = "Companion", description = "A colleague registered with the person, who gets a ticket of their own")
    public record Companion(@Schema(required = true) String name, @Schema(required = true, format = "email") String email,
            String organisation) {
    }

    @Schema(name = "RegistrationAnswer", description = "The answer to one of the event's registration questions")
    public record AnswerItem(@Schema(required = true) Long questionId, @Schema(required = true) String value) {
    }

    @Schema(name = "NewRegistration", description = "A registration for oneself and up to 4 colleagues")
    public record NewRegistration(@Schema(required = true) String name, @Schema(required = true, format = "email") String email,
            String organisation, @Schema(required = true, description = "Must be true: the person agrees to be registered") Boolean consent,
            List<AnswerItem> answers, @Schema(maxItems = 4) List<Companion> companions,
            @Schema(enumeration = {"fr", "en", "de"}, description = "The language of the mails (default: the request's)") String language,
            @Schema(description = "Breakout sessions with a capacity of their own") List<Long> sessions) {
    }

    @Schema(name = "Registrations", description = "Each person placed: CONFIRMED with a ticket, or WAITLISTED at a position")
    public record Registered(List<Placed> registrations) {
    }

    @Schema(name = "CheckInRequest", description = "A ticket code scanned or typed at a station; the nonce makes a retry safe")
    public record CheckInRequest(@Schema(required = true) String code, @Schema(required = true) String station,
            @Schema(description = "Unique per scan; a retried request with the same nonce gets the first answer") String nonce) {
    }

    @Schema(name = "CheckInResult")
    public record CheckInResponse(@Schema(enumeration = {"ADMITTED", "ALREADY_ADMITTED", "CANCELLED", "WAITLISTED", "UNKNOWN"}) String result,
            @Schema(format = "date-time") Instant at, String station, String name) {
    }

    @Inject
    EventCatalogue catalogue;

    @Inject
    Registrations registrations;

    @Inject
    CheckIns checkIns;

    /** Where registrations wait for a thread: a few at a time reach the event's row (wildfly-config/server.cli). */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/registrations")
    ManagedExecutorService queue;

    @Inject
    RegistrationLine line;

    @Inject
    PeopleWaiting waiting;

    @Context
    HttpServletRequest request;

    @GET
    @SecurityRequirementsSet({})
    @Operation(summary = "Published events, soonest first (public, paged)")
    @APIResponse(responseCode = "200", description = "One page of events and their total")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Card> list(@QueryParam("site") @Parameter(description = "Only this site's events") Long site,
            @QueryParam("type") @Parameter(description = "WORKSHOP, SEMINAR, CONFERENCE, VISIT or NETWORKING") String type,
            @QueryParam("from") @Parameter(description = "ISO-8601 instant (default now)", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("page") @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(description = "Events per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String size) {
        EventKind kind = null;
        if (type != null && !type.isBlank()) {
            try {
                kind = EventKind.valueOf(type.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("event.filter.type", type);
            }
        }
        int perPage = Params.integer(size, "size", 1, 100, 20);
        int number = Params.integer(page, "page", 0, 100_000, 0);
        return catalogue.page(site, kind, Instants.parse(from, "from"), Instants.parse(to, "to"), PageRequest.of(number * perPage, perPage));
    }

    @GET
    @Path("{id}")
    @SecurityRequirementsSet({})
    @Operation(summary = "One event with its agenda, speakers, seats left and waiting list (public)")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Detail one(@PathParam("id") Long id) {
        return catalogue.detail(id);
    }

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = RestApplication.TOKEN)
    @Operation(summary = "Register for an event, with up to 4 colleagues (as a guest, or signed in with a token)")
    @APIResponse(responseCode = "201", description = "Everyone placed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Registered.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "429", ref = "TooMany")
    public CompletionStage<Response> register(@PathParam("id") Long id, NewRegistration body, @Context HttpHeaders headers) {
        if (body == null) {
            throw Refusal.invalid("event.registration.name.required");
        }
        Person lead = new Person(body.name(), body.email(), body.organisation());
        if (body.companions() != null && body.companions().stream().anyMatch(java.util.Objects::isNull)) {
            throw Refusal.invalid("event.registration.name.required");
        }
        List<Person> companions = body.companions() == null ? List.of()
                : body.companions().stream().map(c -> new Person(c.name(), c.email(), c.organisation())).toList();
        Map<Long, String> answers = new HashMap<>();
        if (body.answers() != null) {
            for (AnswerItem a : body.answers()) {
                if (a == null || a.questionId() == null) {
                    throw Refusal.invalid("question.notFound");
                }
                answers.put(a.questionId(), a.value());
            }
        }
        String language = body.language() != null ? body.language() : language(headers);
        Signup signup = new Signup(lead, companions, Boolean.TRUE.equals(body.consent()), answers, language,
                body.sessions() == null ? null : new HashSet<>(body.sessions()));
        // a wrong form (no consent, an address twice, too many colleagues) is refused at once, without waiting its turn
        signup.people();
        List<String> forwarded = java.util.Collections.list(request.getHeaders("X-Forwarded-For"));
        String client = ClientAddress.of(request.getRemoteAddr(), forwarded.isEmpty() ? null : String.join(",", forwarded));
        // The HTTP worker is freed while the registration waits its turn in the queue: a rush holds at most
        // the queue's threads (totem.events.registration-threads) and never the workers that serve the pages.
        // While registrations are in flight the outbox's mails give way (PeopleWaiting): confirmations leave
        // seconds later, and the CPU goes to the people waiting for their seat.
        waiting.begin();
        if (request.getUserPrincipal() == null) {
            // a guest: registered with the others waiting for the same event, in one transaction (RegistrationLine)
            try {
                return line.join(id, signup, client).handle((placed, refused) -> {
                    waiting.end();
                    if (refused != null) {
                        throw refused instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(refused);
                    }
                    return Response.status(201).entity(new Registered(placed)).build();
                });
            } catch (RuntimeException refused) {
                waiting.end();
                throw refused;
            }
        }
        try {
            return queue.supplyAsync(() -> {
                try {
                    return Response.status(201).entity(new Registered(registrations.register(id, signup, client))).build();
                } finally {
                    waiting.end();
                }
            });
        } catch (RejectedExecutionException queueFull) {
            waiting.end();
            throw Refusal.tooMany("event.registration.busy");
        }
    }

    @POST
    @Path("{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.TOKEN)
    @Operation(summary = "A ticket scanned at a station (the event's organisers)")
    @APIResponse(responseCode = "200", description = "What the station shows")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CheckInResponse checkIn(@PathParam("id") Long id, CheckInRequest body) {
        if (body == null) {
            throw Refusal.invalid("event.checkIn.code.required");
        }
        Answer a = checkIns.scan(id, body.code(), body.station(), body.nonce());
        return new CheckInResponse(a.result().name(), a.at(), a.station(), a.name());
    }

    @GET
    @Path("ical")
    @Produces("text/calendar")
    @SecurityRequirementsSet({})
    @Operation(summary = "A site's public events as an iCalendar feed")
    @APIResponse(responseCode = "200", description = "The iCalendar document")
    public Response ical(@QueryParam("site") @Parameter(description = "The site", required = true) Long site) {
        if (site == null) {
            throw Refusal.invalid("event.site.required");
        }
        return Response.ok(catalogue.ical(site), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"events-" + site + ".ics\"").build();
    }

    private static String language(HttpHeaders headers) {
        for (Locale l : headers.getAcceptableLanguages()) {
            if (List.of("fr", "en", "de").contains(l.getLanguage())) {
                return l.getLanguage();
            }
        }
        return null;
    }
}
