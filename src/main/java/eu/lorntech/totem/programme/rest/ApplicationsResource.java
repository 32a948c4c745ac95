package eu.lorntech.totem.programme.rest;

import eu.lorntech.totem.platform.rest.RestApplication;
import eu.lorntech.totem.programme.boundary.ApplicationSummary;
import eu.lorntech.totem.programme.boundary.Applications;
import eu.lorntech.totem.programme.boundary.CallForms;
import eu.lorntech.totem.programme.boundary.FormViews.AnswerView;
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

/** A founder's own applications with their answers and decks; anyone else's id is a 404. */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "programmes")
@SecurityRequirement(name = RestApplication.TOKEN)
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class ApplicationsResource {

    public record ApplicationDetail(ApplicationSummary application, List<AnswerView> answers) {
    }

    @Inject
    Applications applications;

    @Inject
    CallForms forms;

    @GET
    @Operation(summary = "The caller's own applications")
    @APIResponse(responseCode = "200", description = "My applications")
    public List<ApplicationSummary> mine() {
        return applications.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's applications with its answers; anyone else's is \"not found\"")
    @APIResponse(responseCode = "200", description = "The application and its answers")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApplicationDetail one(@PathParam("id") Long id) {
        return new ApplicationDetail(applications.read(id), forms.answers(id));
    }

    @GET
    @Path("{id}/documents/{question}")
    @Produces({Documents.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The PDF the caller uploaded for a question of their application")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response document(@PathParam("id") Long id, @PathParam("question") Long questionId) {
        return Documents.download(forms.myDocument(id, questionId));
    }
}
