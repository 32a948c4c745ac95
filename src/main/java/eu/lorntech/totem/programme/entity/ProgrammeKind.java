package eu.lorntech.totem.programme.entity;

/** The three kinds of programme of a totem. */
public enum ProgrammeKind {
    TALENT_DETECTION, INCUBATION, ACCELERATION
}
