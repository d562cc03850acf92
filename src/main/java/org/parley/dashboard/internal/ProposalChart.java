package org.parley.dashboard.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parley.platform.Side;
import org.parley.proposal.TableTally;

/**
 * "Proposals passed per side over time": the running count of each side's proposals as a
 * step line, so that who keeps moving and who stalls can be seen at a glance. The plot is an SVG
 * in a 1000×300 box stretched to the page's width (strokes keep their width); the axes' labels are
 * HTML text at the page's size: counts at 0, half and the maximum, and five evenly spaced dates.
 */
record ProposalChart(List<Line> lines, List<String> counts, List<String> dates, List<Double> gridY,
                     long maxCount, List<DateCount> table, boolean empty, ChartPeriod period) {

    static final int WIDTH = 1000;
    static final int HEIGHT = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    record Line(Side side, String css, String points, long total) {
    }

    /** @param label the day, or the week or month the counts are summed over */
    record DateCount(String label, long labor, long management) {
    }

    /**
     * From the table's per-day counts (joint versions, passed by neither side, are not in them); the steps are per
     * day, week or month ({@link ChartPeriod}), and so are the rows of the table beside the chart.
     */
    static ProposalChart of(List<TableTally.DayCount> perDay, LocalDate asOf) {
        ChartPeriod period = perDay.isEmpty() ? ChartPeriod.DAY
                : ChartPeriod.of(perDay.size(), perDay.get(0).date(), perDay.get(perDay.size() - 1).date());
        TreeMap<LocalDate, long[]> perDate = new TreeMap<>();
        for (TableTally.DayCount day : perDay) {
            long[] counts = perDate.computeIfAbsent(period.start(day.date()), d -> new long[2]);
            counts[0] += day.labor();
            counts[1] += day.management();
        }
        List<DateCount> table = perDate.entrySet().stream()
                .map(e -> new DateCount(period.label(e.getKey()), e.getValue()[0], e.getValue()[1])).toList();
        if (perDate.isEmpty()) {
            return new ProposalChart(List.of(), List.of(), List.of(), List.of(), 0, table, true, period);
        }
        LocalDate first = perDate.firstKey();
        LocalDate last = asOf != null && asOf.isAfter(perDate.lastKey()) ? asOf : perDate.lastKey();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        long labor = perDay.stream().mapToLong(TableTally.DayCount::labor).sum();
        long management = perDay.stream().mapToLong(TableTally.DayCount::management).sum();
        long max = Math.max(1, Math.max(labor, management));
        List<Line> lines = new ArrayList<>();
        for (Side side : Side.values()) {
            StringBuilder points = new StringBuilder();
            long count = 0;
            double previousY = HEIGHT;
            points.append(0).append(',').append(previousY);
            for (Map.Entry<LocalDate, long[]> e : perDate.entrySet()) {
                double x = (double) WIDTH * ChronoUnit.DAYS.between(first, e.getKey()) / days;
                count += e.getValue()[side == Side.LABOR ? 0 : 1];
                double y = HEIGHT - (double) HEIGHT * count / max;
                points.append(' ').append(round(x)).append(',').append(round(previousY));
                points.append(' ').append(round(x)).append(',').append(round(y));
                previousY = y;
            }
            points.append(' ').append(WIDTH).append(',').append(round(previousY));
            lines.add(new Line(side, "stroke-" + side.name(), points.toString(), count));
        }
        List<String> counts = max == 1 ? List.of("1", "0") : List.of(String.valueOf(max), formatHalf(max), "0");
        List<String> dates = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            LocalDate tick = first.plusDays(Math.round(days * i / 4.0));
            dates.add(i == 0 || i == 4 ? DAY_AND_YEAR.format(tick) : DAY.format(tick));
        }
        List<Double> gridY = max == 1 ? List.of(0.0, (double) HEIGHT) : List.of(0.0, HEIGHT / 2.0, (double) HEIGHT);
        return new ProposalChart(lines, counts, days < 4 ? List.of(DAY_AND_YEAR.format(first), DAY_AND_YEAR.format(last)) : dates,
                gridY, max, table, false, period);
    }

    private static String formatHalf(long max) {
        return max % 2 == 0 ? String.valueOf(max / 2) : String.valueOf(max / 2.0);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
