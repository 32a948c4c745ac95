package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.QuestionKind;
import eu.lorntech.totem.platform.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A company's answers to a questionnaire judged as a whole before anything is written: each value by
 * its question (the form engine's rules: a choice among the choices, a number that parses, 1 to 5 on a
 * scale, a text of bounded length), an id that is not a question of the form refused, and every
 * required question answered. A refusal names the first question at fault.
 */
public final class SurveySubmission {

    private SurveySubmission() {
    }

    /**
     * The stored value of each answered question, in the form's order (unanswered ones left out), or a
     * refusal. {@code questions} are the form's, by id; {@code raw} the values as typed (several choices
     * one per line).
     */
    public static Map<Question, String> judge(Map<Long, Question> questions, Map<Long, String> raw) {
        for (Long id : raw.keySet()) {
            if (!questions.containsKey(id)) {
                throw Refusal.invalid("survey.answer.unknownQuestion", id == null ? "" : id);
            }
        }
        List<Question> ordered = questions.values().stream().sorted(java.util.Comparator.comparingInt(Question::getPosition)).toList();
        Map<Question, String> judged = new LinkedHashMap<>();
        for (Question q : ordered) {
            if (q.getKind() == QuestionKind.PDF) {
                continue;
            }
            Map.Entry<Long, Question> entry = questions.entrySet().stream().filter(e -> e.getValue() == q).findFirst().orElseThrow();
            String value = q.normalise(raw.get(entry.getKey()));
            if (value == null && q.isRequired()) {
                throw Refusal.invalid("survey.answer.required", q.getLabel());
            }
            if (value != null) {
                judged.put(q, value);
            }
        }
        return judged;
    }
}
