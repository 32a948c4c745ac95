package eu.lorntech.totem.platform.mail;

/**
 * Makes a file of a mail when the mail is sent rather than when it is queued (a CDI bean of the
 * module that owns what the file shows). The outbox stores the maker's {@link #name()} and the
 * argument; a retried delivery makes the file again from them, so a maker must give the same file for
 * the same argument, or the newer state of what it shows (an event moved to another day).
 */
public interface MailFileMaker {

    /** The name stored with the mail's file (at most 40 characters), unique among makers. */
    String name();

    /** The file's content; an {@link IllegalArgumentException} when the argument names nothing any more. */
    byte[] make(String argument);
}
