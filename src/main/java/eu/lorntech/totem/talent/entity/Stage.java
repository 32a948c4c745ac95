package eu.lorntech.totem.talent.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a candidate is on their pathway, and where they may go next: forward along the pathway
 * (detected, oriented, in training, internship, hired), to founding a startup, or out (left); someone
 * who left may be detected again, and an internship may lead back to training. Anything else is
 * refused ({@link #canMoveTo}).
 */
public enum Stage {
    DETECTED, ORIENTED, IN_TRAINING, INTERNSHIP, HIRED, FOUNDER, LEFT;

    /** The stages this one may move to, in the board's order. */
    public Set<Stage> next() {
        return switch (this) {
            case DETECTED -> EnumSet.of(ORIENTED, LEFT);
            case ORIENTED -> EnumSet.of(IN_TRAINING, INTERNSHIP, FOUNDER, LEFT);
            case IN_TRAINING -> EnumSet.of(INTERNSHIP, HIRED, FOUNDER, LEFT);
            case INTERNSHIP -> EnumSet.of(IN_TRAINING, HIRED, FOUNDER, LEFT);
            case HIRED, FOUNDER -> EnumSet.of(LEFT);
            case LEFT -> EnumSet.of(DETECTED);
        };
    }

    public boolean canMoveTo(Stage target) {
        return target != null && next().contains(target);
    }

    public String messageKey() {
        return "talent.stage." + name();
    }
}
