package eu.lorntech.totem.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule said no. Carries a message key of the bundles (shown in the user's language on a
 * page, or as the detail of a problem+json answer) and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_MANY(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public Refusal(Kind kind, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static Refusal invalid(String key, Object... args) {
        return new Refusal(Kind.INVALID, key, args);
    }

    public static Refusal notFound(String key, Object... args) {
        return new Refusal(Kind.NOT_FOUND, key, args);
    }

    public static Refusal forbidden(String key, Object... args) {
        return new Refusal(Kind.FORBIDDEN, key, args);
    }

    public static Refusal conflict(String key, Object... args) {
        return new Refusal(Kind.CONFLICT, key, args);
    }

    /** Too many requests from one client: a 429 problem (the key's text says when to try again). */
    public static Refusal tooMany(String key, Object... args) {
        return new Refusal(Kind.TOO_MANY, key, args);
    }

    public Kind getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args == null ? new Object[0] : args.clone();
    }
}
