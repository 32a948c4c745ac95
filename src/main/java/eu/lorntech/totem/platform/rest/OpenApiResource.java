package eu.lorntech.totem.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI description of the API, generated from the resources' annotations when the WAR is
 * built (smallrye-open-api-maven-plugin writes META-INF/openapi.yaml and .json): it cannot drift
 * from the code.
 */
@Path("")
@PermitAll
@Tag(name = "api")
@SecurityRequirementsSet({})
// a bearer token that is unknown or revoked is refused even here
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class OpenApiResource {

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml;charset=UTF-8")
    @Operation(summary = "This document, in YAML (public)")
    @APIResponse(responseCode = "200", description = "The OpenAPI document")
    public String yaml() {
        return read("/META-INF/openapi.yaml");
    }

    @GET
    @Path("openapi.json")
    @Produces("application/json;charset=UTF-8")
    @Operation(summary = "This document, in JSON (public)")
    @APIResponse(responseCode = "200", description = "The OpenAPI document")
    public String json() {
        return read("/META-INF/openapi.json");
    }

    private static String read(String name) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
