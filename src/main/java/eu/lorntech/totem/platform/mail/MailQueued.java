package eu.lorntech.totem.platform.mail;

/** Fired when a mail enters the outbox; it is sent once the transaction has committed. */
record MailQueued(Long mailId) {
}
