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
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(localised(args, locale));
    }

    /** Dates, times and amounts among the arguments as the reader writes them (MessageFormat would write 2026-12-02 and 12500.5). */
    static Object[] localised(Object[] args, Locale locale) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof java.time.LocalDate d) {
                out[i] = LocalFormats.date(d, locale);
            } else if (out[i] instanceof java.time.LocalDateTime t) {
                out[i] = LocalFormats.dateTime(t.toLocalDate(), t.toLocalTime(), locale);
            } else if (out[i] instanceof java.time.LocalTime t) {
                out[i] = LocalFormats.time(t, locale);
            } else if (out[i] instanceof java.time.Instant t) {
                out[i] = LocalFormats.dateTime(t, locale);
            } else if (out[i] instanceof java.math.BigDecimal b) {
                out[i] = LocalFormats.amount(b, locale);
            } else if (out[i] instanceof Double || out[i] instanceof Float) {
                out[i] = LocalFormats.number((Number) out[i], 1, locale);
            } else if (out[i] instanceof java.util.Collection<?> c) {
                out[i] = String.join(", ", java.util.Arrays.stream(localised(c.toArray(), locale)).map(String::valueOf).toList());
            }
        }
        return out;
    }
}
