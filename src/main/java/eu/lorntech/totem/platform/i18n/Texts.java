package eu.lorntech.totem.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels from the {@code messages} bundles for code outside pages (mails, API problems), in the
 * reader's language. Pages use the same bundles through {@code #{msg[...]}}.
 */
public final class Texts {
    public static final String BUNDLE = "eu.lorntech.totem.messages";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
