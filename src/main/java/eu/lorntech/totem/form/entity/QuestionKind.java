package eu.lorntech.totem.form.entity;

/** What a question of a form asks for. */
public enum QuestionKind {
    SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, PDF;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
