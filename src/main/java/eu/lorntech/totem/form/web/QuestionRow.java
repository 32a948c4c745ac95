package eu.lorntech.totem.form.web;

import eu.lorntech.totem.form.control.FormAnswers.QuestionDraft;
import java.io.Serializable;

/** A question as an editor page writes it (kind by name, choices one per line), before the form engine checks it. */
public class QuestionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind = "SHORT_TEXT";
    private String label;
    private String choices;
    private boolean required;

    public QuestionRow() {
    }

    /** A row holding a question the form asks already, to edit it. */
    public QuestionRow(String kind, String label, String choices, boolean required) {
        this.kind = kind;
        this.label = label;
        this.choices = choices;
        this.required = required;
    }

    public QuestionDraft draft() {
        return new QuestionDraft(kind, label, choices, required);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
