package org.parley.costing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much of a year a stretch of days is, the way costing guides count it: whole months over 12, and a
 * part of a month as its days over that month's days. A raise effective 1 January in a July–June year
 * counts 6/12 that year. Positions are measured from the contract year's start, so the shares of the
 * stretches of one year always add up to the share of the whole year.
 */
final class YearFraction {

    /** Decimal places kept when a share of a year is not a whole number of twelfths (e.g. 19/31 of a month). */
    static final int SCALE = 10;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private YearFraction() {
    }

    /** The share of a year from {@code from} (inclusive) to {@code to} (exclusive), measured in a year starting on {@code yearStart}. */
    static BigDecimal of(LocalDate yearStart, LocalDate from, LocalDate to) {
        BigDecimal months = monthsFrom(yearStart, to).subtract(monthsFrom(yearStart, from));
        return months.divide(TWELVE, SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** Months from {@code start} to {@code day}: whole months, then the rest as a share of the next month. */
    static BigDecimal monthsFrom(LocalDate start, LocalDate day) {
        long whole = ChronoUnit.MONTHS.between(start, day);
        LocalDate monthStart = start.plusMonths(whole);
        while (monthStart.isAfter(day)) {
            whole--;
            monthStart = start.plusMonths(whole);
        }
        LocalDate nextMonth = start.plusMonths(whole + 1);
        long days = ChronoUnit.DAYS.between(monthStart, day);
        if (days == 0) {
            return BigDecimal.valueOf(whole);
        }
        long length = ChronoUnit.DAYS.between(monthStart, nextMonth);
        return BigDecimal.valueOf(whole).add(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(length), SCALE, RoundingMode.HALF_EVEN));
    }
}
