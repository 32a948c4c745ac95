package eu.lorntech.totem.programme.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.form.entity.Answer;
import eu.lorntech.totem.form.entity.Document;
import eu.lorntech.totem.form.entity.FilledForm;
import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.QuestionKind;
import eu.lorntech.totem.platform.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of call forms: valid answers per kind of question, PDF decks, required answers at submission. */
class CallFormTest {

    static final Instant OPENS = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-15T22:59:59Z");
    static final Instant DURING = OPENS.plusSeconds(3600);
    final CallForApplications call = new CallForApplications(new Programme(1L, ProgrammeKind.INCUBATION, "Incubation", null),
            "Appel 2027", OPENS, CLOSES, false);

    static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, b, 0, Math.min(magic.length, size));
        return b;
    }

    static String key(Runnable r) {
        return assertThrows(Refusal.class, r::run).getMessageKey();
    }

    @Test
    void aChoiceMustBeOneOfTheChoices() {
        Question stage = new Question(call.getForm(), 1, QuestionKind.SINGLE_CHOICE, "Stade", "Idée\nPrototype\n\nPremiers clients\nIdée", true);
        assertEquals(List.of("Idée", "Prototype", "Premiers clients"), stage.getChoices(), "blank lines and duplicates dropped");
        assertEquals("Prototype", stage.normalise(" Prototype "));
        assertEquals("answer.choice.invalid", key(() -> stage.normalise("Licorne")));
        assertNull(stage.normalise("  "), "blank is no answer");

        Question needs = new Question(call.getForm(), 2, QuestionKind.MULTIPLE_CHOICE, "Besoins", "Financement\nLocaux\nMentorat", false);
        assertEquals("Financement\nMentorat", needs.normaliseChoices(List.of("Mentorat", "Financement", "Mentorat")),
                "kept once, in the question's order");
        assertEquals("answer.choice.invalid", key(() -> needs.normaliseChoices(List.of("Locaux", "Yacht"))));
        assertNull(needs.normaliseChoices(List.of()));
    }

    @Test
    void aChoiceQuestionOffersAtLeastTwoChoicesAndEveryQuestionHasALabel() {
        assertEquals("question.choices.required", key(() -> new Question(call.getForm(), 1, QuestionKind.SINGLE_CHOICE, "Stade", "Idée", false)));
        assertEquals("question.label.invalid", key(() -> new Question(call.getForm(), 1, QuestionKind.SHORT_TEXT, " ", null, false)));
        assertEquals("question.kind.required", key(() -> new Question(call.getForm(), 1, null, "Stade", null, false)));
        assertTrue(new Question(call.getForm(), 1, QuestionKind.SHORT_TEXT, "Ville", "ignored\nfor text", false).getChoices().isEmpty());
    }

    @Test
    void aNumberMustParseInFrenchOrEnglishWriting() {
        Question jobs = new Question(call.getForm(), 1, QuestionKind.NUMBER, "Emplois", null, false);
        assertEquals("12.5", jobs.normalise("12,50"));
        assertEquals("150000", jobs.normalise("150 000"));
        assertEquals("-3", jobs.normalise("-3"));
        assertEquals("answer.number.invalid", key(() -> jobs.normalise("douze")));
    }

    @Test
    void textsHaveBoundedLengthAndAPdfQuestionTakesNoText() {
        Question name = new Question(call.getForm(), 1, QuestionKind.SHORT_TEXT, "Ville", null, false);
        assertEquals("answer.text.tooLong", key(() -> name.normalise("x".repeat(Question.SHORT_MAX + 1))));
        Question deck = new Question(call.getForm(), 2, QuestionKind.PDF, "Pitch deck", null, true);
        assertEquals("answer.pdf.fileExpected", key(() -> deck.normalise("deck.pdf")));
    }

    @Test
    void aDeckIsAPdfByItsFirstBytesAndAtMostTenMebibytes() {
        Document d = Document.pdf("C:\\Users\\fondatrice\\deck \"final\".pdf", pdf(2048), 7L, DURING);
        assertEquals("deck final.pdf", d.getFileName(), "no path, no quote");
        assertEquals("application/pdf", d.getContentType());
        assertEquals(2048, d.getSize());
        Document.pdf("max.pdf", pdf((int) Document.MAX_BYTES), 7L, DURING);
        assertEquals("document.tooLarge", key(() -> Document.pdf("big.pdf", pdf((int) Document.MAX_BYTES + 1), 7L, DURING)));
        byte[] png = new byte[100];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        assertEquals("document.notPdf", key(() -> Document.pdf("disguised.pdf", png, 7L, DURING)), "the name does not make a PDF");
        assertEquals("document.notPdf", key(() -> Document.pdf("tiny.pdf", "%PD".getBytes(StandardCharsets.US_ASCII), 7L, DURING)));
        assertEquals("document.empty", key(() -> Document.pdf("empty.pdf", new byte[0], 7L, DURING)));
        byte[] original = pdf(10);
        Document copy = Document.pdf("a.pdf", original, 7L, DURING);
        original[0] = 'X';
        assertArrayEquals(pdf(10), copy.getContent(), "the document keeps its own copy");
    }

    @Test
    void requiredAnswersAreEnforcedAtSubmissionOnly() {
        Question city = new Question(call.getForm(), 1, QuestionKind.SHORT_TEXT, "Ville", null, true);
        Question deck = new Question(call.getForm(), 2, QuestionKind.PDF, "Pitch deck", null, true);
        Question remarks = new Question(call.getForm(), 3, QuestionKind.LONG_TEXT, "Remarques", null, false);
        Application a = new Application(call, 7L, "Studio", "Animation", DURING);
        Answer cityAnswer = new Answer(a.getResponse(), city);
        Answer deckAnswer = new Answer(a.getResponse(), deck);
        FilledForm form = new FilledForm(List.of(deck, remarks, city), List.of(cityAnswer, deckAnswer));
        assertEquals(List.of(city, deck), form.missing(), "in the form's order; optional ones never missing");
        assertEquals("answer.required", key(form::requireComplete));
        cityAnswer.write("Thionville");
        assertEquals(List.of(deck), form.missing());
        deckAnswer.attach(Document.pdf("deck.pdf", pdf(100), 7L, DURING));
        form.requireComplete();
        assertEquals("answer.pdf.notExpected", key(() -> cityAnswer.attach(Document.pdf("x.pdf", pdf(100), 7L, DURING))));
    }

    @Test
    void answersChangeUntilTheDeadlineAndNeverOnceDecided() {
        Question city = new Question(call.getForm(), 1, QuestionKind.SHORT_TEXT, "Ville", null, true);
        Application a = new Application(call, 7L, "Studio", "Animation", DURING);
        Answer answer = new Answer(a.answerable(CLOSES.minusMillis(1)), city);
        answer.write("Thionville");
        assertEquals("call.closed", key(() -> a.answerable(CLOSES)));
        assertEquals("Thionville", answer.getTextValue());
        a.submit(DURING);
        assertEquals(a.getResponse(), a.answerable(DURING), "a submitted application's answers change until the deadline");
        a.decide(ApplicationStatus.ACCEPTED, DURING);
        assertEquals("application.decided", key(() -> a.answerable(DURING)));
    }

    @Test
    void aQuestionOfAnotherCallIsNotFound() {
        Application a = new Application(call, 7L, "Studio", "Animation", DURING);
        CallForApplications other = new CallForApplications(new Programme(1L, ProgrammeKind.INCUBATION, "Incubation", null),
                "Appel 2028", OPENS, CLOSES, false);
        Question q = new Question(other.getForm(), 1, QuestionKind.SHORT_TEXT, "Ville", null, false);
        assertEquals("question.notFound", key(() -> new Answer(a.getResponse(), q)));
    }
}
