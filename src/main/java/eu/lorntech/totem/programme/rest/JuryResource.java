package eu.lorntech.totem.programme.rest;

import eu.lorntech.totem.platform.rest.RestApplication;
import eu.lorntech.totem.programme.boundary.Jury;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A juror's assignments; an assignment that is not theirs is a 404. */
@Path("jury/assignments")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "programmes")
@SecurityRequirement(name = RestApplication.TOKEN)
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class JuryResource {

    @Inject
    Jury jury;

    @GET
    @Operation(summary = "The applications assigned to the caller as a juror (anonymous when the call says so)")
    @APIResponse(responseCode = "200", description = "My assignments")
    public List<Jury.AssignmentView> mine() {
        return jury.myAssignments();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's assignments with the application's answers; any other is \"not found\"")
    @APIResponse(responseCode = "200", description = "The assignment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Jury.AssignmentView one(@PathParam("id") Long id) {
        return jury.myAssignment(id);
    }

    @GET
    @Path("{id}/documents/{question}")
    @Produces({Documents.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The PDF of an application assigned to the caller")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response document(@PathParam("id") Long id, @PathParam("question") Long questionId) {
        return Documents.download(jury.document(id, questionId));
    }
}
