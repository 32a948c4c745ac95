package eu.lorntech.totem.talent.rest;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.rest.Params;
import eu.lorntech.totem.platform.rest.RestApplication;
import eu.lorntech.totem.talent.boundary.Applying;
import eu.lorntech.totem.talent.boundary.Offers;
import eu.lorntech.totem.talent.boundary.Profiles;
import eu.lorntech.totem.talent.boundary.Recruitment;
import eu.lorntech.totem.talent.entity.OfferKind;
import eu.lorntech.totem.talent.entity.Profile;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
 * Partner companies' offers: the public list of those open today, an offer's best candidates with the
 * explanation (its company and the site's programme managers), and applying (a candidate, with a token).
 */
@Path("offers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "talent")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class OffersResource {

    @Schema(name = "OfferCandidate", description = "A candidate who fits the offer, best first, and whether they applied")
    public record CandidateFit(Long candidateId, String name, Explained match, @Schema(description = "Null when they have not applied") String applicationStatus) {
    }

    @Schema(name = "NewOfferApplication")
    public record NewApplication(@Schema(maxLength = 2000, description = "A word to the company") String message) {
    }

    @Schema(name = "OfferApplication")
    public record Applied(Long id, @Schema(enumeration = {"RECEIVED"}) String status, @Schema(format = "date-time") Instant appliedAt) {
    }

    @Inject
    Offers offers;

    @Inject
    Recruitment recruitment;

    @Inject
    Applying applying;

    @Inject
    Profiles profiles;

    @GET
    @SecurityRequirementsSet({})
    @Operation(summary = "Offers open today, soonest closing first (public, paged)")
    @APIResponse(responseCode = "200", description = "One page of offers and their total")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Offers.Summary> list(@QueryParam("kind") @Parameter(description = "JOB, INTERNSHIP, APPRENTICESHIP or MISSION") String kind,
            @QueryParam("country") @Parameter(description = "FR, LU, DE or BE") String country,
            @QueryParam("site") @Parameter(description = "Only the offers of this site's companies") Long site,
            @QueryParam("page") @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(description = "Offers per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String size) {
        String k = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT);
        if (k != null && java.util.Arrays.stream(OfferKind.values()).noneMatch(v -> v.name().equals(k))) {
            throw Refusal.invalid("offer.filter.kind", kind);
        }
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c != null && !Profile.COUNTRIES.contains(c)) {
            throw Refusal.invalid("talent.profile.country.unknown", country);
        }
        int perPage = Params.integer(size, "size", 1, 100, 20);
        int number = Params.integer(page, "page", 0, 100_000, 0);
        return offers.open(k, c, site, PageRequest.of(number * perPage, perPage));
    }

    @GET
    @Path("{id}")
    @SecurityRequirementsSet({})
    @Operation(summary = "One offer open today, with its skills and languages (public)")
    @APIResponse(responseCode = "200", description = "The offer")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Offers.Detail one(@PathParam("id") Long id) {
        return offers.detail(id);
    }

    @GET
    @Path("{id}/matches")
    @SecurityRequirement(name = RestApplication.TOKEN)
    @Operation(summary = "The candidates who fit the offer best, with the explanation (the offer's company, the site's programme managers)")
    @APIResponse(responseCode = "200", description = "At most 20 candidates, best first; candidates whose consent ran out are left out")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CandidateFit> matches(@PathParam("id") Long id, @Context HttpHeaders headers) {
        Map<Long, String> labels = labels(Explained.locale(headers));
        return recruitment.matches(id, Recruitment.MATCHES_LIMIT).stream()
                .map(f -> new CandidateFit(f.candidateId(), f.name(), Explained.of(f.match(), labels), f.status())).toList();
    }

    @POST
    @Path("{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.TOKEN)
    @Operation(summary = "Apply to an open offer with a message (a candidate with a profile and a valid consent)")
    @APIResponse(responseCode = "201", description = "The application, received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Applied.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response apply(@PathParam("id") Long id, NewApplication body) {
        Long applied = applying.apply(id, body == null ? null : body.message());
        return Response.status(201).entity(new Applied(applied, "RECEIVED", Instant.now())).build();
    }

    Map<Long, String> labels(Locale locale) {
        Map<Long, String> labels = new HashMap<>();
        profiles.skills(locale).forEach(s -> labels.put(s.id(), s.label()));
        return labels;
    }
}
