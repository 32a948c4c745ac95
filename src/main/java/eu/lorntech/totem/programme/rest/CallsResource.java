package eu.lorntech.totem.programme.rest;

import eu.lorntech.totem.programme.boundary.CallForms;
import eu.lorntech.totem.programme.boundary.CallView;
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

/** The calls for applications open now (public), and the questions of a call's form. */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CallsResource {

    /** An open call with its form. */
    public record CallWithForm(CallView call, List<QuestionView> questions) {
    }

    @Inject
    OpenCalls openCalls;

    @Inject
    CallForms forms;

    @GET
    public List<CallView> open(@QueryParam("site") Long siteId) {
        return openCalls.openNow(siteId);
    }

    @GET
    @Path("{id}")
    public CallWithForm one(@PathParam("id") Long id) {
        return new CallWithForm(openCalls.one(id), forms.questions(id));
    }
}
