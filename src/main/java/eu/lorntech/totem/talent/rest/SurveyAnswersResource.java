package eu.lorntech.totem.talent.rest;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.talent.boundary.SurveyAnswers;
import eu.lorntech.totem.talent.boundary.SurveyAnswers.Answered;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A company's answers to the needs survey with the token of its personal link (no account). The first
 * answer is created (201), a later one replaces it (200): a company has one answer, never two.
 */
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "surveys")
@SecurityRequirementsSet({})
public class SurveyAnswersResource {

    @Schema(name = "SurveyAnswer", description = "The answer to one question: value for text, number, single choice and scale (1 to 5),"
            + " values for a multiple choice")
    public record AnswerItem(@Schema(required = true) Long questionId, String value, List<String> values) {
    }

    @Schema(name = "SurveyAnswers", description = "Every answer of the company; a question left out is unanswered (refused if required)")
    public record Answers(@Schema(required = true) List<AnswerItem> answers) {
    }

    @Schema(name = "SurveyAnswered", description = "The company's answer as kept")
    public record Saved(String company, @Schema(format = "date-time") Instant answeredAt, boolean replaced) {
    }

    @Inject
    SurveyAnswers survey;

    @POST
    @Path("answers/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the companies' needs survey, or replace the answer, with the token of the personal link",
            description = "400: a value of the wrong type, an unknown question or a required question unanswered (nothing saved);"
                    + " 404: no invitation has this token; 409: the campaign is closed or not open yet, the link takes no answers")
    @APIResponse(responseCode = "201", description = "The company's first answer, kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Saved.class)))
    @APIResponse(responseCode = "200", description = "The company's answer, replaced (it still has one)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Saved.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response answer(@PathParam("token") String token, Answers body) {
        Map<Long, String> raw = new HashMap<>();
        if (body != null && body.answers() != null) {
            for (AnswerItem a : body.answers()) {
                if (a == null || a.questionId() == null) {
                    throw Refusal.invalid("survey.answer.unknownQuestion", "");
                }
                String value = a.values() != null ? String.join("\n", a.values().stream().map(v -> v == null ? "" : v).toList()) : a.value();
                if (raw.put(a.questionId(), value) != null) {
                    throw Refusal.invalid("survey.answer.twice", a.questionId());
                }
            }
        }
        Answered done = survey.answer(token, raw);
        return Response.status(done.created() ? 201 : 200).entity(new Saved(done.company(), done.answeredAt(), !done.created())).build();
    }
}
