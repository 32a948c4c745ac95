package eu.lorntech.totem.programme.rest;

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

/** A juror's assignments; an assignment that is not theirs is a 404. */
@Path("jury/assignments")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class JuryResource {

    @Inject
    Jury jury;

    @GET
    public List<Jury.AssignmentView> mine() {
        return jury.myAssignments();
    }

    @GET
    @Path("{id}")
    public Jury.AssignmentView one(@PathParam("id") Long id) {
        return jury.myAssignment(id);
    }

    @GET
    @Path("{id}/documents/{question}")
    @Produces({Documents.PDF, MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") Long id, @PathParam("question") Long questionId) {
        return Documents.download(jury.document(id, questionId));
    }
}
