package eu.lorntech.totem.platform.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates, times, numbers and amounts as the reader writes them: 02.12.2026 in German, 02/12/2026
 * in French and British English, "12 500,50" read and written in French. For pages, mails,
 * exports and PDFs alike; pages reach it through {@code #{fmt}} and the amount converter.
 */
public final class LocalFormats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private LocalFormats() {
    }

    /** Totem's readers are European: English is written the British way (day first, 24-hour clock). */
    public static Locale forFormats(Locale locale) {
        return "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? Locale.UK : locale;
    }

    /** The locale's short date with a four-digit year: dd.MM.yyyy, dd/MM/yyyy. */
    public static String datePattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE,
                forFormats(locale));
        return pattern.contains("yyyy") ? pattern : pattern.replaceAll("y+", "yyyy");
    }

    public static DateTimeFormatter dateFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern(datePattern(locale), forFormats(locale));
    }

    public static DateTimeFormatter timeFormatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(forFormats(locale));
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : dateFormatter(locale).format(day);
    }

    /** A day written out with its weekday ("jeudi 11 décembre 2025"), where the reader picks a day rather than reads one. */
    public static String longDate(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(forFormats(locale)).format(day);
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : dateFormatter(locale).withZone(PARIS).format(instant);
    }

    public static String time(TemporalAccessor time, Locale locale) {
        if (time == null) {
            return "";
        }
        return time instanceof Instant ? timeFormatter(locale).withZone(PARIS).format(time) : timeFormatter(locale).format(time);
    }

    /** An instant in Paris time: date and time, 02.12.2026 14:30. */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant, locale) + " " + time(instant, locale);
    }

    /** Day and time of a local time on a day. */
    public static String dateTime(LocalDate day, LocalTime time, Locale locale) {
        return date(day, locale) + " " + time(time, locale);
    }

    /** A number with at most this many decimals, grouped as the locale groups (7,2 or 7.2; never 7.166666666666667). */
    public static String number(Number value, int maxFractionDigits, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(forFormats(locale));
        f.setMaximumFractionDigits(maxFractionDigits);
        return f.format(value);
    }

    /** A share (0.25) as a percentage (25 %). */
    public static String percent(Number share, Locale locale) {
        return share == null ? "" : NumberFormat.getPercentInstance(forFormats(locale)).format(share);
    }

    /** An amount with two decimals and grouping, without a currency sign: 12 500,50 or 12.500,50. */
    public static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(forFormats(locale));
        f.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    /** Euros as the locale writes them, whole euros: 12 500 € or €12,500. */
    public static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat euros = NumberFormat.getCurrencyInstance(forFormats(locale));
        euros.setCurrency(java.util.Currency.getInstance("EUR"));
        euros.setMaximumFractionDigits(0);
        return euros.format(amount);
    }

    /**
     * Reads an amount as the locale writes it: "12 500,50" (any kind of space) in French,
     * "12.500,50" in German, "12,500.50" in English; a euro sign is allowed. Empty when the text
     * is not such an amount (a German "12,500.50" is refused rather than read wrongly).
     */
    public static Optional<BigDecimal> parseAmount(String text, Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(forFormats(locale));
        String clean = text.replace("€", "").replaceAll("[\\s\\u00A0\\u2007\\u202F]", "");
        if (Character.isSpaceChar(symbols.getGroupingSeparator())) {
            // French groups with a (narrow) no-break space, which people type as a plain space or not at all
            symbols.setGroupingSeparator('\u0000');
        }
        if (clean.isEmpty() || !clean.matches("-?[0-9" + java.util.regex.Pattern.quote(String.valueOf(symbols.getGroupingSeparator()))
                + java.util.regex.Pattern.quote(String.valueOf(symbols.getDecimalSeparator())) + "]+")) {
            return Optional.empty();
        }
        String decimals = clean.contains(String.valueOf(symbols.getDecimalSeparator()))
                ? clean.substring(clean.indexOf(symbols.getDecimalSeparator()) + 1) : "";
        if (decimals.indexOf(symbols.getGroupingSeparator()) >= 0 || decimals.indexOf(symbols.getDecimalSeparator()) >= 0) {
            return Optional.empty();
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", symbols);
        f.setParseBigDecimal(true);
        ParsePosition at = new ParsePosition(0);
        Number n = f.parse(clean, at);
        return n == null || at.getIndex() != clean.length() ? Optional.empty() : Optional.of((BigDecimal) n);
    }
}
