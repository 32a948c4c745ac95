package eu.lorntech.totem.event.entity;

/** A speaker's part in a session. */
public enum SpeakerRole {
    SPEAKER, MODERATOR, PANELIST
}
