package org.parley.dashboard.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How a chart groups its dates: one bar or step per day while there are few, per week or per month when a
 * national record has hundreds, so that a chart stays a readable size (and its table a readable length).
 */
enum ChartPeriod {
    DAY("per session"), WEEK("per week"), MONTH("per month");

    /** Up to this many days, or sessions, a chart shows each. */
    static final int MOST_DAYS = 30;
    private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("'Week of' d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    final String caption;

    ChartPeriod(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }

    static ChartPeriod of(long dates, LocalDate first, LocalDate last) {
        if (dates <= MOST_DAYS) {
            return DAY;
        }
        return ChronoUnit.DAYS.between(first, last) <= 7L * MOST_DAYS / 2 ? WEEK : MONTH;
    }

    LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> WEEK_LABEL.format(start);
            case MONTH -> MONTH_LABEL.format(start);
        };
    }
}
