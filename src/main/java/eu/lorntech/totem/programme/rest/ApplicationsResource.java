package eu.lorntech.totem.programme.rest;

import eu.lorntech.totem.programme.boundary.ApplicationView;
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

/** A founder's own applications with their answers and decks; anyone else's id is a 404. */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ApplicationsResource {

    public record ApplicationDetail(ApplicationView application, List<AnswerView> answers) {
    }

    @Inject
    Applications applications;

    @Inject
    CallForms forms;

    @GET
    public List<ApplicationView> mine() {
        return applications.mine();
    }

    @GET
    @Path("{id}")
    public ApplicationDetail one(@PathParam("id") Long id) {
        return new ApplicationDetail(applications.read(id), forms.answers(id));
    }

    @GET
    @Path("{id}/documents/{question}")
    @Produces({Documents.PDF, MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") Long id, @PathParam("question") Long questionId) {
        return Documents.download(forms.myDocument(id, questionId));
    }
}
