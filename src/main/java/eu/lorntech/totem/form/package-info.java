/**
 * The one form engine shared by every module: a form's questions (texts, choices, numbers, PDF
 * files), what a valid answer to each is, and one respondent's answers to a form (a response),
 * complete when every required question is answered. Calls for applications use it today; event
 * registration questions, feedback forms and the companies' needs survey use it next. Like
 * {@code platform}, it depends on no module: the module that owns a form decides who answers it
 * and until when.
 */
package eu.lorntech.totem.form;
