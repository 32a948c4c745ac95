package eu.lorntech.totem.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
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
}
