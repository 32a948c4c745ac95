package eu.lorntech.totem.form.entity;

/** What a question of a form asks for. */
public enum QuestionKind {
    SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, PDF,
    /** A whole number from 1 to 5 (a survey's "how mature is your company's digital use"). */
    SCALE;

    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
