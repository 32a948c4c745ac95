package eu.lorntech.totem.identity.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Totem speaks: French first, then English and German for the cross-border region. */
public enum Language {
    FR, EN, DE;

    public static final Language DEFAULT = FR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code().equals(c)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
