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

/** The OpenAPI description of the API, kept beside the code it describes (META-INF/openapi.yaml). */
@Path("openapi.yaml")
@PermitAll
public class OpenApiResource {

    @GET
    @Produces("application/yaml;charset=UTF-8")
    public String document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (in == null) {
                throw new NotFoundException();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
