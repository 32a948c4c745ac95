package eu.lorntech.totem.platform.web;

import java.util.Set;

/**
 * An item of the main menu, shown to people holding one of {@code roles} (empty: everyone signed in).
 * Modules contribute theirs through a {@link MenuContributor}.
 */
public record MenuEntry(int order, String labelKey, String outcome, Set<String> roles) {
}
