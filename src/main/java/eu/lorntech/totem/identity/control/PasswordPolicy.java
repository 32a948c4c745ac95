package eu.lorntech.totem.identity.control;

import java.util.Optional;

/** What makes a password acceptable: long enough (NIST 800-63B style), not absurdly long, not the e-mail. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the first broken rule, if any. */
    public static Optional<String> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank()) {
            return Optional.of("password.tooShort");
        }
        if (email != null && password.equalsIgnoreCase(email.strip())) {
            return Optional.of("password.isEmail");
        }
        return Optional.empty();
    }
}
