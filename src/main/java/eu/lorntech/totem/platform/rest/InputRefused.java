package eu.lorntech.totem.platform.rest;

/**
 * A request the API cannot read: a body that is not the JSON expected, too large, or a parameter
 * out of range. Answered as a 4xx problem naming the {@code field} (400, or 413 for a body too
 * large), with a message key of the bundles for the caller's language.
 */
public class InputRefused extends RuntimeException {

    private final int status;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public InputRefused(int status, String field, String messageKey, Object... args) {
        super(field + ": " + messageKey, null, false, false);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static InputRefused invalid(String field, String messageKey, Object... args) {
        return new InputRefused(400, field, messageKey, args);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }
}
