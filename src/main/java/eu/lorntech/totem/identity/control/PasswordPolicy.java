package eu.lorntech.totem.identity.control;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What makes a new password acceptable: long enough (NIST 800-63B style), not absurdly long, not the
 * e-mail, and hard to guess (zxcvbn score of at least 3, with Totem's own words and the person's
 * address counted as known, and the published demo password refused). Only new passwords are checked:
 * existing hashes keep signing in.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_SCORE = 3;

    private static final Zxcvbn ZXCVBN = new Zxcvbn();
    /** Passwords printed in Totem's own README and pages, which zxcvbn cannot know are public. */
    private static final List<String> PUBLISHED = List.of("demo-totem-2026");
    private static final List<String> OWN_WORDS = List.of("totem", "demo", "lorntech", "thionville", "metz");

    /** Makes zxcvbn's feedback give its message key instead of an English sentence. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return java.util.Collections.emptyEnumeration();
        }
    };

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
        if (PUBLISHED.stream().anyMatch(password::equalsIgnoreCase)) {
            return Optional.of("password.weak.common");
        }
        List<String> known = new ArrayList<>(OWN_WORDS);
        if (email != null) {
            known.add(email);
            known.addAll(List.of(email.split("[@.+_-]")));
        }
        var strength = ZXCVBN.measure(password, known);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of(reason(strength.getFeedback().withResourceBundle(KEYS).getWarning()));
    }

    /** zxcvbn's warnings are grouped into Totem's own bundle keys, so the reason reads in fr, en and de. */
    static String reason(String warning) {
        if (warning == null || warning.isEmpty()) {
            return "password.weak";
        }
        if (warning.startsWith("feedback.dictionary.warning.passwords")) {
            return "password.weak.common";
        }
        if (warning.startsWith("feedback.dictionary")) {
            return "password.weak.word";
        }
        if (warning.startsWith("feedback.spatial")) {
            return "password.weak.keyboard";
        }
        if (warning.startsWith("feedback.repeat") || warning.startsWith("feedback.sequence")) {
            return "password.weak.pattern";
        }
        if (warning.startsWith("feedback.regex") || warning.startsWith("feedback.date")) {
            return "password.weak.date";
        }
        return "password.weak";
    }

}
