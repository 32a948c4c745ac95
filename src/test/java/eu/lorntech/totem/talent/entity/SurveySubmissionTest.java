package eu.lorntech.totem.talent.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.FormPurpose;
import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.QuestionKind;
import eu.lorntech.totem.platform.Refusal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A company's answers are judged as a whole against each question's type before anything is written. */
class SurveySubmissionTest {

    final Form form = new Form(FormPurpose.SURVEY);
    final Question sector = new Question(form, 1, QuestionKind.SINGLE_CHOICE, "Secteur", "Industrie\nCommerce", true);
    final Question needs = new Question(form, 2, QuestionKind.MULTIPLE_CHOICE, "Besoins", "Cybersécurité\nSite web\nFormation", true);
    final Question maturity = new Question(form, 3, QuestionKind.SCALE, "Maturité", null, true);
    final Question trainees = new Question(form, 4, QuestionKind.NUMBER, "Salariés à former", null, false);
    final Question idea = new Question(form, 5, QuestionKind.LONG_TEXT, "Un projet ?", null, false);

    Map<Long, Question> questions() {
        Map<Long, Question> byId = new LinkedHashMap<>();
        byId.put(11L, sector);
        byId.put(12L, needs);
        byId.put(13L, maturity);
        byId.put(14L, trainees);
        byId.put(15L, idea);
        return byId;
    }

    Map<Long, String> valid() {
        Map<Long, String> raw = new HashMap<>();
        raw.put(11L, "Commerce");
        raw.put(12L, "Formation\nCybersécurité");
        raw.put(13L, " 4 ");
        raw.put(14L, "3,0");
        return raw;
    }

    String refusal(Map<Long, String> raw) {
        return assertThrows(Refusal.class, () -> SurveySubmission.judge(questions(), raw)).getMessageKey();
    }

    @Test
    void validAnswersAreKeptNormalisedInTheFormsOrder() {
        Map<Question, String> judged = SurveySubmission.judge(questions(), valid());
        assertEquals(List.of(sector, needs, maturity, trainees), List.copyOf(judged.keySet()), "the unanswered optional text left out");
        assertEquals("Cybersécurité\nFormation", judged.get(needs), "ticked choices in the question's order");
        assertEquals("4", judged.get(maturity));
        assertEquals("3", judged.get(trainees));
    }

    @Test
    void aScaleAnswerOutsideOneToFiveOrNotAWholeNumberIsRefused() {
        for (String wrong : List.of("0", "6", "3.5", "beaucoup", "-1")) {
            Map<Long, String> raw = valid();
            raw.put(13L, wrong);
            assertEquals("answer.scale.invalid", refusal(raw), wrong);
        }
    }

    @Test
    void aNumberThatDoesNotParseIsRefused() {
        Map<Long, String> raw = valid();
        raw.put(14L, "douze");
        assertEquals("answer.number.invalid", refusal(raw));
    }

    @Test
    void aChoiceThatIsNotOneOfTheQuestionsIsRefused() {
        Map<Long, String> single = valid();
        single.put(11L, "Banque");
        assertEquals("answer.choice.invalid", refusal(single));
        Map<Long, String> multiple = valid();
        multiple.put(12L, "Cybersécurité\nBlockchain");
        assertEquals("answer.choice.invalid", refusal(multiple));
    }

    @Test
    void aRequiredQuestionLeftEmptyIsRefusedNamingIt() {
        Map<Long, String> raw = valid();
        raw.put(13L, "  ");
        Refusal r = assertThrows(Refusal.class, () -> SurveySubmission.judge(questions(), raw));
        assertEquals("survey.answer.required", r.getMessageKey());
        assertEquals("Maturité", r.getArgs()[0]);
        Map<Long, String> missing = valid();
        missing.remove(12L);
        assertEquals("survey.answer.required", refusal(missing));
    }

    @Test
    void anIdThatIsNotAQuestionOfTheFormIsRefused() {
        Map<Long, String> raw = valid();
        raw.put(99L, "x");
        assertEquals("survey.answer.unknownQuestion", refusal(raw));
    }

    @Test
    void aTextLongerThanTheLimitIsRefused() {
        Map<Long, String> raw = valid();
        raw.put(15L, "x".repeat(Question.LONG_MAX + 1));
        assertEquals("answer.text.tooLong", refusal(raw));
        raw.put(15L, "x".repeat(Question.LONG_MAX));
        assertTrue(SurveySubmission.judge(questions(), raw).containsKey(idea));
    }
}
