package eu.lorntech.totem.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Totem's JSON API for the public website, partners and members' scripts. Its OpenAPI document is
 * generated from these annotations when Maven builds the WAR, and served on {@code /api/openapi.yaml}
 * (and {@code .json}); {@code /api-docs.html} shows it with Swagger UI.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Totem API", version = "0.1.0",
                description = "JSON API of Totem, the management system of the LorNTech innovation hubs. Scripts authenticate "
                        + "with a personal API token (created in \"My profile\"): `Authorization: Bearer tot_...`. Errors are "
                        + "`application/problem+json` (RFC 9457), in the language of `Accept-Language` (fr, en, de; French by default)."),
        servers = @Server(url = "/", description = "This Totem server"),
        tags = {
            @Tag(name = "sites", description = "The sites (totems) of the network"),
            @Tag(name = "account", description = "The caller's profile and, for admins, user accounts"),
            @Tag(name = "coworking", description = "Bookable resources and the caller's bookings"),
            @Tag(name = "ical", description = "iCalendar feeds and files for calendar clients"),
            @Tag(name = "programmes", description = "Calls for applications, one's applications, jury assignments"),
            @Tag(name = "events", description = "The public catalogue of events, registration, cancellation and check-in at the door"),
            @Tag(name = "talent", description = "Job offers, the candidates who fit them and the offers that fit a candidate, applications"),
            @Tag(name = "surveys", description = "The companies' needs survey: a company's answers with the token of its personal link"),
            @Tag(name = "api", description = "This description of the API")
        },
        components = @Components(responses = {
            @APIResponse(name = "BadRequest", responseCode = "400", description = "A value is missing or not valid; `errors` names the field",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "Unauthorized", responseCode = "401", description = "No token where one is needed, or a token that is unknown or revoked",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller may not do this",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "NotFound", responseCode = "404", description = "Unknown id, or not the caller's",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "Conflict", responseCode = "409", description = "The request clashes with the current state (a booking already there)",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "TooLarge", responseCode = "413", description = "The request body is larger than " + RequestLimits.MAX_BODY_KB + " KB",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "TooMany", responseCode = "429", description = "Too many requests from this client address; try again later",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = RestApplication.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token, created in \"My profile\": `Authorization: Bearer tot_...`")
public class RestApplication extends Application {

    /** The name of the bearer token scheme in the OpenAPI document, for {@code @SecurityRequirement(name = TOKEN)}. */
    public static final String TOKEN = "token";
}
