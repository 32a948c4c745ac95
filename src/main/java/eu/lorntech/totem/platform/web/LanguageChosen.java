package eu.lorntech.totem.platform.web;

/** A person picked a language in the layout; the identity module keeps it in their profile. */
public record LanguageChosen(String code) {
}
