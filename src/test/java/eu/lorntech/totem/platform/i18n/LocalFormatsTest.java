package eu.lorntech.totem.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalFormatsTest {

    static final Locale FR = Locale.FRENCH;
    static final Locale DE = Locale.GERMAN;
    static final Locale EN = Locale.ENGLISH;

    @Test
    void datesHaveTheReadersOrderAndFourDigitYears() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertEquals("02.12.2026", LocalFormats.date(day, DE));
        assertEquals("02/12/2026", LocalFormats.date(day, FR));
        assertEquals("02/12/2026", LocalFormats.date(day, EN));
    }

    @Test
    void instantsAreShownInParisTime() {
        Instant noonUtc = Instant.parse("2026-12-02T12:00:00Z");
        assertEquals("02.12.2026 13:00", LocalFormats.dateTime(noonUtc, DE));
        assertEquals("02/12/2026 13:00", LocalFormats.dateTime(noonUtc, FR));
    }

    @Test
    void numbersKeepAFewDecimalsInTheReadersWay() {
        assertEquals("7,2", LocalFormats.number(7.166666666666667, 1, FR));
        assertEquals("7.2", LocalFormats.number(7.166666666666667, 1, EN));
        assertEquals("25\u00a0%", LocalFormats.percent(0.25, FR));
        assertEquals("12.500,50", LocalFormats.amount(new BigDecimal("12500.50"), DE));
    }

    @Test
    void amountsAreReadAsTheReaderWritesThem() {
        BigDecimal expected = new BigDecimal("12500.50");
        assertEquals(0, expected.compareTo(LocalFormats.parseAmount("12 500,50", FR).orElseThrow()));
        assertEquals(0, expected.compareTo(LocalFormats.parseAmount("12\u202f500,50\u00a0€", FR).orElseThrow()));
        assertEquals(0, expected.compareTo(LocalFormats.parseAmount("12500,5", FR).orElseThrow()));
        assertEquals(0, expected.compareTo(LocalFormats.parseAmount("12.500,50", DE).orElseThrow()));
        assertEquals(0, expected.compareTo(LocalFormats.parseAmount("12,500.50", EN).orElseThrow()));
        assertEquals(0, new BigDecimal("-3").compareTo(LocalFormats.parseAmount("-3", FR).orElseThrow()));
        assertEquals(Optional.empty(), LocalFormats.parseAmount("12,500.50", DE));
        assertEquals(Optional.empty(), LocalFormats.parseAmount("douze", FR));
        assertEquals(Optional.empty(), LocalFormats.parseAmount("", FR));
        assertEquals(LocalFormats.amount(expected, FR), LocalFormats.amount(LocalFormats.parseAmount(LocalFormats.amount(expected, FR), FR)
                .orElseThrow(), FR));
    }

    @Test
    void messagesWriteTheirDatesAndAmountsInTheReadersWay() {
        java.time.LocalDateTime at = LocalDate.of(2026, 12, 2).atTime(15, 0);
        assertEquals("„Salle Moselle“ ist am 02.12.2026 15:00 bereits bis 16:00 gebucht.",
                Texts.get(DE, "booking.conflict", "Salle Moselle", at, java.time.LocalTime.of(16, 0)));
        assertEquals("« Salle Moselle » est déjà réservé(e) le 02/12/2026 15:00 jusqu’à 16:00.",
                Texts.get(FR, "booking.conflict", "Salle Moselle", at, java.time.LocalTime.of(16, 0)));
        assertEquals("Kein gültiger Betrag: schreiben Sie ihn wie 12.500,50.",
                Texts.get(DE, "field.amount.invalid", new BigDecimal("12500.50")));
        assertEquals(java.util.List.of("02.12.2026, 09.12.2026"), java.util.List.of(Texts.localised(new Object[] {
                java.util.List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 9))}, DE)).stream().map(String::valueOf).toList());
    }
}
