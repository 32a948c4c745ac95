package eu.lorntech.totem.programme.rest;

import eu.lorntech.totem.programme.boundary.CallForms;
import eu.lorntech.totem.programme.boundary.CallSummary;
import eu.lorntech.totem.programme.boundary.FormViews.QuestionView;
import eu.lorntech.totem.programme.boundary.OpenCalls;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calls for applications open now (public), and the questions of a call's form. */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "programmes")
@SecurityRequirementsSet({})
// a bearer token that is unknown or revoked is refused even here
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class CallsResource {

    /** An open call with its form. */
    public record CallWithForm(CallSummary call, List<QuestionView> questions) {
    }

    @Inject
    OpenCalls openCalls;

    @Inject
    CallForms forms;

    @GET
    @Operation(summary = "The calls for applications open now (public)")
    @APIResponse(responseCode = "200", description = "The open calls")
    public List<CallSummary> open(@QueryParam("site") @Parameter(description = "Only the calls of this site") Long siteId) {
        return openCalls.openNow(siteId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An open call with the questions of its form (public)")
    @APIResponse(responseCode = "200", description = "The call and its questions")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CallWithForm one(@PathParam("id") Long id) {
        return new CallWithForm(openCalls.one(id), forms.questions(id));
    }
}
