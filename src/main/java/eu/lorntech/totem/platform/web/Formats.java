package eu.lorntech.totem.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants (stored in UTC) as people read them: Europe/Paris time, in the page's language. */
@Named("fmt")
@RequestScoped
public class Formats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    CurrentLocale locale;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLocale()).withZone(PARIS).format(instant);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale.getLocale()).format(day);
    }

    /** A day of the week, as a heading in the page's language ("lundi", "Monday", "Montag"). */
    public String day(java.time.DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale.getLocale());
    }

    /** A time of day in the page's language ("08:00", "8:00 AM"). */
    public String time(java.time.LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale.getLocale()).format(time);
    }

    /** An amount in euros, as written in the page's language. */
    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat euros = NumberFormat.getCurrencyInstance(locale.getLocale());
        euros.setCurrency(java.util.Currency.getInstance("EUR"));
        euros.setMaximumFractionDigits(0);
        return euros.format(amount);
    }
}
