package eu.lorntech.totem.event.entity;

/** What happens in a slot of the agenda. */
public enum SessionKind {
    WELCOME, KEYNOTE, PRESENTATION, ROUND_TABLE, TALK, BREAK, DEMO_SPACE, LUNCH, COCKTAIL, VISIT, WORKSHOP
}
