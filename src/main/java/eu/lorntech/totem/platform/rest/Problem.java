package eu.lorntech.totem.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of an error answer ({@link Problems} builds it), for the generated OpenAPI document:
 * RFC 9457 problem details with, for a request the API could not read, the fields at fault.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, in the language of Accept-Language (fr, en, de; French by default)")
public record Problem(
        @Schema(examples = "about:blank") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "The HTTP status code") int status,
        @Schema(description = "What went wrong, for a person to read") String detail,
        @Schema(description = "The fields at fault, when the request could not be read or validated") List<FieldError> errors) {

    /** A field of the request and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(examples = "resourceId") String field, String message) {
    }
}
