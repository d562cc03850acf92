package org.parley.dashboard.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.session.LedgerTotals;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;

/**
 * "Time at the table vs caucus per session": one horizontal bar per held session (per week or month when
 * there are many: {@link ChartPeriod}), split into
 * the minutes of each part of the ledger. The labels are HTML text at the page's size; each bar is
 * a small SVG whose coordinates are percentages of the longest day, so it fills the width on any
 * screen without scaling any text (no script, no inline style: CSP-safe).
 */
record TimeChart(List<Row> rows, boolean empty, ChartPeriod period) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** @param x and width in percent of the longest recorded day */
    record Segment(double x, double width, String css, String title) {
    }

    /** @param cells the minutes of each {@link Part}, in order, for the table beside the chart */
    record Row(String label, String total, List<Segment> segments, List<String> cells) {
    }
    enum Part {
        TABLE("At the table", "TABLE"),
        LABOR_CAUCUS("Labor caucus", "LABOR_CAUCUS"),
        MANAGEMENT_CAUCUS("Management caucus", "MANAGEMENT_CAUCUS"),
        WAITING("Waiting", "WAITING"),
        BREAK("Break", "BREAK");

        final String label;
        final String css;

        Part(String label, String css) {
            this.label = label;
            this.css = css;
        }

        public String label() {
            return label;
        }

        public String css() {
            return css;
        }

        long minutes(LedgerTotals totals) {
            return switch (this) {
                case TABLE -> totals.tableMinutes();
                case LABOR_CAUCUS -> totals.laborCaucusMinutes();
                case MANAGEMENT_CAUCUS -> totals.managementCaucusMinutes();
                case WAITING -> totals.waitingMinutes();
                case BREAK -> totals.breakMinutes();
            };
        }
    }

    static TimeChart of(List<SessionSummary> sessions) {
        List<SessionSummary> held = sessions.stream()
                .filter(s -> s.session().status() == SessionStatus.HELD && s.totals().recordedMinutes() > 0)
                .sorted(java.util.Comparator.comparing((SessionSummary s) -> s.session().date())).toList();
        ChartPeriod period = held.isEmpty() ? ChartPeriod.DAY
                : ChartPeriod.of(held.size(), held.get(0).session().date(), held.get(held.size() - 1).session().date());
        // one bar per session, or per week or month of sessions: each bar's minutes of each part of the ledger
        java.util.LinkedHashMap<String, long[]> bars = new java.util.LinkedHashMap<>();
        for (SessionSummary s : held) {
            String label = period == ChartPeriod.DAY
                    ? (s.lastDayNumber().equals(s.dayNumber()) ? "Day " + s.dayNumber() : "Days " + s.dayNumber() + "–" + s.lastDayNumber())
                            + " · " + DAY.format(s.session().date())
                    : period.label(period.start(s.session().date()));
            long[] minutes = bars.computeIfAbsent(label, l -> new long[Part.values().length + 1]);
            for (Part part : Part.values()) {
                minutes[part.ordinal()] += part.minutes(s.totals());
            }
            minutes[Part.values().length] += s.totals().recordedMinutes();
        }
        long max = bars.values().stream().mapToLong(m -> m[Part.values().length]).max().orElse(1);
        List<Row> rows = new ArrayList<>();
        bars.forEach((label, minutes) -> {
            List<Segment> segments = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            double x = 0;
            for (Part part : Part.values()) {
                cells.add(duration(minutes[part.ordinal()]));
                if (minutes[part.ordinal()] > 0) {
                    double w = Math.round(1000.0 * minutes[part.ordinal()] / max) / 10.0;
                    segments.add(new Segment(x, w, "fill-" + part.css, part.label + ": " + duration(minutes[part.ordinal()])));
                    x += w;
                }
            }
            rows.add(new Row(label, duration(minutes[Part.values().length]), segments, cells));
        });
        return new TimeChart(rows, rows.isEmpty(), period);
    }

    static String duration(long minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    public List<Part> parts() {
        return List.of(Part.values());
    }
}
