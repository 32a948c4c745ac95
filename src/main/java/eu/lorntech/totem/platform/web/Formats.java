package eu.lorntech.totem.platform.web;

import eu.lorntech.totem.platform.i18n.LocalFormats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Dates, times and numbers as people read them on pages: Europe/Paris time, in the page's language ({@link LocalFormats}). */
@Named("fmt")
@RequestScoped
public class Formats {

    public static final ZoneId PARIS = LocalFormats.PARIS;

    @Inject
    CurrentLocale locale;

    public String dateTime(Instant instant) {
        return LocalFormats.dateTime(instant, locale.getLocale());
    }

    public String date(LocalDate day) {
        return LocalFormats.date(day, locale.getLocale());
    }

    /** A day with its weekday, written out ("jeudi 11 décembre 2025"). */
    public String longDate(LocalDate day) {
        return LocalFormats.longDate(day, locale.getLocale());
    }

    public String time(LocalTime time) {
        return LocalFormats.time(time, locale.getLocale());
    }

    /** A number with at most one decimal (hours, averages). */
    public String number(Number value) {
        return LocalFormats.number(value, 1, locale.getLocale());
    }

    /** A number with at most this many decimals. */
    public String number(Number value, int maxFractionDigits) {
        return LocalFormats.number(value, maxFractionDigits, locale.getLocale());
    }

    /** A share (0.25) as a percentage. */
    public String percent(Number share) {
        return LocalFormats.percent(share, locale.getLocale());
    }

    /** A day of the week, as a heading in the page's language ("lundi", "Monday", "Montag"). */
    public String day(java.time.DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale.getLocale());
    }

    /** An amount in euros, as written in the page's language. */
    public String euros(BigDecimal amount) {
        return LocalFormats.euros(amount, locale.getLocale());
    }

    /** The pattern of a date as the page's language writes it (dd.MM.yyyy), for a date field's placeholder. */
    public String datePattern() {
        return LocalFormats.datePattern(locale.getLocale());
    }
}
