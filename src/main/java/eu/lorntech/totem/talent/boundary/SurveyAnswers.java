package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.form.entity.Answer;
import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.Response;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.talent.boundary.Surveys.QuestionItem;
import eu.lorntech.totem.talent.control.SurveyAccess;
import eu.lorntech.totem.talent.entity.Campaign;
import eu.lorntech.totem.talent.entity.Invitation;
import eu.lorntech.totem.talent.entity.SurveySubmission;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A company answering the survey through its personal link, with no account: the token is its key
 * (open to all callers, the token checked inside). One answer per company, replaced when it answers
 * again until the campaign closes; a value of the wrong type or a required question left empty saves
 * nothing.
 */
@Stateless
public class SurveyAnswers {

    /** What the company's page shows: the questionnaire, whether it still takes answers, the answers given so far. */
    public record Questionnaire(String campaign, String site, String company, LocalDate closesOn, boolean open, boolean notYetOpen,
            Instant answeredAt, List<QuestionItem> questions, Map<Long, String> given) implements Serializable {
    }

    /** What an answer did: the first ({@code created}) or a replacement. */
    public record Answered(boolean created, String company, Instant answeredAt) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyAccess access;

    @Inject
    FormAnswers forms;

    @Inject
    Sites sites;

    /** The questionnaire of a personal link, or "not found"; shown after the close too (saying so), never taking answers then. */
    @PermitAll
    public Questionnaire questionnaire(String token) {
        Invitation i = access.byToken(token, false);
        Campaign c = em.find(Campaign.class, i.getCampaignId());
        LocalDate today = Surveys.today();
        List<Question> questions = forms.questions(c.getFormId());
        Map<Long, String> given = new HashMap<>();
        if (i.getResponseId() != null) {
            for (Answer a : forms.answers(em.find(Response.class, i.getResponseId()))) {
                if (a.getTextValue() != null) {
                    given.put(a.getQuestion().getId(), a.getTextValue());
                }
            }
        }
        return new Questionnaire(c.getTitle(), sites.byId(c.getSiteId()).map(Sites.SiteView::name).orElse(""), i.getCompany(),
                c.getClosesOn(), c.isOpenOn(today), today.isBefore(c.getOpensOn()), i.getAnsweredAt(),
                questions.stream().map(q -> new QuestionItem(q.getId(), q.getKind().name(), q.getLabel(), q.getChoices(), q.isRequired()))
                        .toList(),
                given);
    }

    /**
     * The company's answers ({@code raw}: by question id, several choices one per line): judged as a whole
     * first, then kept as the invitation's one response, replacing any earlier answers. A closed (or not
     * yet open) campaign is a conflict; an unknown link "not found".
     */
    @PermitAll
    public Answered answer(String token, Map<Long, String> raw) {
        Invitation i = access.byToken(token, true);
        Campaign c = em.find(Campaign.class, i.getCampaignId());
        c.requireOpenOn(Surveys.today());
        Map<Long, Question> byId = new LinkedHashMap<>();
        forms.questions(c.getFormId()).forEach(q -> byId.put(q.getId(), q));
        Map<Question, String> judged = SurveySubmission.judge(byId, raw == null ? Map.of() : raw);
        boolean created = i.getResponseId() == null;
        Response response;
        if (created) {
            response = new Response(em.find(Form.class, c.getFormId()));
            em.persist(response);
            em.flush();
        } else {
            response = em.find(Response.class, i.getResponseId());
            for (Answer old : forms.answers(response)) {
                if (!judged.containsKey(old.getQuestion())) {
                    em.remove(old);
                }
            }
        }
        judged.forEach((q, value) -> forms.answerTo(response, q).write(value));
        Instant now = Instant.now();
        i.answered(response.getId(), now);
        return new Answered(created, i.getCompany(), now);
    }
}
