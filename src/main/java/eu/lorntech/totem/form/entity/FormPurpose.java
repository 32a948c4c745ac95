package eu.lorntech.totem.form.entity;

/** What a form is for, so that a form is never read as another module's. */
public enum FormPurpose {
    /** The questions of a call for applications. */
    CALL,
    /** The registration questions of an event. */
    EVENT,
    /** A feedback form after an event or a workshop. */
    FEEDBACK,
    /** A survey, such as the companies' needs survey. */
    SURVEY
}
