package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.form.entity.Answer;
import eu.lorntech.totem.form.entity.Question;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What pages and the API show of call forms: questions, answers, documents, and what managers send to open a call. */
public final class FormViews {

    private FormViews() {
    }

    public record QuestionView(Long id, int position, String kind, String label, List<String> choices, boolean required)
            implements Serializable {
        static QuestionView of(Question q) {
            return new QuestionView(q.getId(), q.getPosition(), q.getKind().name(), q.getLabel(), q.getChoices(), q.isRequired());
        }
    }

    /** One answer: its text (choices one per line), or the deck's file name and size. */
    public record AnswerView(Long questionId, String label, String kind, String text, Long documentId, String fileName, Long size)
            implements Serializable {
        static AnswerView of(Answer a) {
            Question q = a.getQuestion();
            var d = a.getDocument();
            return new AnswerView(q.getId(), q.getLabel(), q.getKind().name(), a.getTextValue(), d == null ? null : d.getId(),
                    d == null ? null : d.getFileName(), d == null ? null : d.getSize());
        }
    }

    /** A file to download. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    /** A PDF sent with an application for one question. */
    public record Upload(Long questionId, String fileName, byte[] content) implements Serializable {
    }

    /** What a founder sends with the draft: texts and numbers by question, ticked choices, files. */
    public record Answers(java.util.Map<Long, String> texts, java.util.Map<Long, List<String>> ticked, List<Upload> uploads)
            implements Serializable {
        public static Answers none() {
            return new Answers(java.util.Map.of(), java.util.Map.of(), List.of());
        }
    }

    public record CriterionDraft(String name, Integer weight) implements Serializable {
    }

    public record QuestionDraft(String kind, String label, String choices, boolean required) implements Serializable {
    }

    public record CallDraft(String title, Instant opensAt, Instant closesAt, boolean anonymous, List<CriterionDraft> criteria,
            List<QuestionDraft> questions) implements Serializable {
    }

    /** A programme with its calls, for the managers' list. */
    public record ProgrammeRow(Long id, String name, String kind, Long siteId, String siteName, String description, List<CallSummary> calls)
            implements Serializable {
    }
}
