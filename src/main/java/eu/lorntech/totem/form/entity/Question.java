package eu.lorntech.totem.form.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A question of a form (a call's, an event's, a survey's). It knows what a valid answer is: a choice among its choices, a
 * number that parses, a whole number of the 1-5 scale, a text of bounded length; a PDF question is answered by a {@link Document}.
 */
@Entity
@Table(name = "form_question")
@NamedQuery(name = Question.OF_FORM, query = "select q from Question q where q.form.id = :form order by q.position")
public class Question {

    public static final String OF_FORM = "Question.ofForm";

    public static final int SHORT_MAX = 300;
    public static final int LONG_MAX = 4000;
    /** Multiple choices are kept one per line. */
    static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private Form form;

    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String label;

    private String choices;

    private boolean required;

    protected Question() {
    }

    /** {@code choices}: one per line, at least two, for single and multiple choice questions only. */
    public Question(Form form, int position, QuestionKind kind, String label, String choices, boolean required) {
        if (kind == null) {
            throw Refusal.invalid("question.kind.required");
        }
        if (label == null || label.isBlank() || label.strip().length() > SHORT_MAX) {
            throw Refusal.invalid("question.label.invalid", SHORT_MAX);
        }
        List<String> options = split(choices);
        if (kind.hasChoices() && options.size() < 2) {
            throw Refusal.invalid("question.choices.required", label.strip());
        }
        if (kind.hasChoices() && String.join(SEPARATOR, options).length() > 2000) {
            throw Refusal.invalid("question.choices.tooLong", label.strip());
        }
        this.form = java.util.Objects.requireNonNull(form);
        this.position = position;
        this.kind = kind;
        this.label = label.strip();
        this.choices = kind.hasChoices() ? String.join(SEPARATOR, options) : null;
        this.required = required;
    }

    /** The stored form of a text answer, or a refusal naming the question: a choice must be one of the choices, a number must parse. */
    public String normalise(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        switch (kind) {
            case SHORT_TEXT -> requireLength(value, SHORT_MAX);
            case LONG_TEXT -> requireLength(value, LONG_MAX);
            case SINGLE_CHOICE -> requireChoice(value);
            case MULTIPLE_CHOICE -> {
                return normaliseChoices(Arrays.asList(value.split(SEPARATOR)));
            }
            case NUMBER -> {
                try {
                    return new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", "").replace("\u202f", ""))
                            .stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw Refusal.invalid("answer.number.invalid", label);
                }
            }
            case SCALE -> {
                return scale(value);
            }
            case PDF -> throw Refusal.invalid("answer.pdf.fileExpected", label);
            default -> throw new IllegalStateException(kind.name());
        }
        return value;
    }

    /** The stored form of several ticked choices, each one of the choices, in the question's order. */
    public String normaliseChoices(Collection<String> ticked) {
        if (kind != QuestionKind.MULTIPLE_CHOICE) {
            throw Refusal.invalid("answer.choice.invalid", label);
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String t : ticked) {
            if (t != null && !t.isBlank()) {
                chosen.add(requireChoice(t.strip()));
            }
        }
        List<String> ordered = getChoices().stream().filter(chosen::contains).toList();
        return ordered.isEmpty() ? null : String.join(SEPARATOR, ordered);
    }

    private String scale(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= QuestionKind.SCALE_MIN && n <= QuestionKind.SCALE_MAX) {
                return Integer.toString(n);
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of the scale
        }
        throw Refusal.invalid("answer.scale.invalid", label, QuestionKind.SCALE_MIN, QuestionKind.SCALE_MAX);
    }

    private String requireChoice(String value) {
        if (!getChoices().contains(value)) {
            throw Refusal.invalid("answer.choice.invalid", label);
        }
        return value;
    }

    private void requireLength(String value, int max) {
        if (value.length() > max) {
            throw Refusal.invalid("answer.text.tooLong", label, max);
        }
    }

    private static List<String> split(String choices) {
        List<String> options = new ArrayList<>();
        if (choices != null) {
            for (String line : choices.split("\\R")) {
                String s = line.strip();
                if (!s.isEmpty() && !options.contains(s)) {
                    options.add(s);
                }
            }
        }
        return options;
    }

    public List<String> getChoices() {
        return split(choices);
    }

    public Long getId() {
        return id;
    }

    public Form getForm() {
        return form;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }
}
