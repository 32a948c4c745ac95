package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.SurveyAnswers;
import eu.lorntech.totem.talent.boundary.SurveyAnswers.Questionnaire;
import eu.lorntech.totem.talent.boundary.Surveys.QuestionItem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A company's answer page, reached by its personal link with no account: the questionnaire with the
 * answers it gave so far, sent again as often as it likes until the campaign closes. The view is
 * transient: the token travels in the form as a plain field, and a visit creates no session.
 */
@Named
@RequestScoped
public class SurveyAnswerView {

    static final List<String> SCALE = List.of("1", "2", "3", "4", "5");

    @Inject
    SurveyAnswers survey;

    private boolean loaded;
    private String token;
    private Questionnaire questionnaire;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Object> ticked = new HashMap<>();
    private boolean thanked;

    /**
     * Runs once per request: at the bean's creation (on a postback the inputs are decoded only if rendered,
     * which depends on the questionnaire) and from the view action on a first visit, so that a refusal
     * reaches the page's messages.
     */
    @PostConstruct
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        try {
            show(survey.questionnaire(token));
        } catch (Refusal e) {
            token = null;
            FacesMessages.show(e);
        }
    }

    private void show(Questionnaire q) {
        questionnaire = q;
        texts.clear();
        ticked.clear();
        for (QuestionItem item : q.questions()) {
            String given = q.given().get(item.id());
            if ("MULTIPLE_CHOICE".equals(item.kind())) {
                ticked.put(item.id(), given == null ? new String[0] : given.split("\n"));
            } else if (given != null) {
                texts.put(item.id(), given);
            }
        }
    }

    /** Sends the answers; a refusal (a wrong value, a required question empty, the campaign closed) saves nothing and says why. */
    public void send() {
        load();
        if (questionnaire == null) {
            return;
        }
        Map<Long, String> answers = new HashMap<>();
        for (QuestionItem q : questionnaire.questions()) {
            if ("MULTIPLE_CHOICE".equals(q.kind())) {
                List<String> t = ticks(ticked.get(q.id()));
                if (!t.isEmpty()) {
                    answers.put(q.id(), String.join("\n", t));
                }
            } else if (texts.get(q.id()) != null && !texts.get(q.id()).isBlank()) {
                answers.put(q.id(), texts.get(q.id()));
            }
        }
        try {
            survey.answer(token, answers);
            thanked = true;
            FacesMessages.info("survey.answer.thanks");
            questionnaire = survey.questionnaire(token);
        } catch (Refusal e) {
            FacesMessages.show(e);
        }
    }

    private static List<String> ticks(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    public String getToken() {
        return token;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public Map<Long, Object> getTicked() {
        return ticked;
    }

    public List<String> getScale() {
        return SCALE;
    }

    public boolean isThanked() {
        return thanked;
    }
}
