package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;

/**
 * A calendar quarter, stored as year * 10 + quarter (20263 is July to September 2026). A KPI
 * report for a quarter is due on the 15th of the month after it ends.
 */
public record Quarter(int year, int number) implements Serializable, Comparable<Quarter> {

    public static final int DUE_DAY_OF_NEXT_MONTH = 15;

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 2100) {
            throw Refusal.invalid("kpi.quarter.invalid");
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter ofCode(int code) {
        return new Quarter(code / 10, code % 10);
    }

    /** Parses "2026-Q3" (as in URLs and exports). */
    public static Quarter parse(String text) {
        if (text == null || !text.matches("\\d{4}-Q[1-4]")) {
            throw Refusal.invalid("kpi.quarter.invalid");
        }
        return new Quarter(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
    }

    public int code() {
        return year * 10 + number;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, Month.of((number - 1) * 3 + 1), 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public LocalDate dueOn() {
        return next().firstDay().withDayOfMonth(DUE_DAY_OF_NEXT_MONTH);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** The quarter whose report is the one to write on that day: the last ended quarter. */
    public static Quarter toReportOn(LocalDate day) {
        return of(day).previous();
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(code(), o.code());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
