package org.parley.dashboard.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.session.LedgerTotals;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;

/**
 * "Time at the table vs caucus per session": one horizontal bar per held session, split into
 * the minutes of each part of the ledger, drawn as SVG on the server (no script, CSP-safe).
 */
record TimeChart(int width, int height, int labelWidth, List<Row> rows, boolean empty) {

    static final int WIDTH = 480;
    static final int LABEL_WIDTH = 122;
    static final int ROW_HEIGHT = 26;
    static final int BAR_HEIGHT = 18;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    record Segment(double x, double width, String css, String title) {
    }

    /** @param cells the minutes of each {@link Part}, in order, for the table beside the chart */
    record Row(int y, int textY, String label, String total, double totalX, List<Segment> segments, List<String> cells) {
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
                .filter(s -> s.session().status() == SessionStatus.HELD && s.totals().recordedMinutes() > 0).toList();
        long max = held.stream().mapToLong(s -> s.totals().recordedMinutes()).max().orElse(1);
        double plot = WIDTH - LABEL_WIDTH - 64;
        List<Row> rows = new ArrayList<>();
        int y = 4;
        for (SessionSummary s : held) {
            List<Segment> segments = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            double x = LABEL_WIDTH;
            for (Part part : Part.values()) {
                long minutes = part.minutes(s.totals());
                cells.add(duration(minutes));
                if (minutes > 0) {
                    double w = plot * minutes / max;
                    segments.add(new Segment(x, w, "fill-" + part.css, part.label + ": " + duration(minutes)));
                    x += w;
                }
            }
            String label = (s.lastDayNumber().equals(s.dayNumber()) ? "Day " + s.dayNumber() : "Days " + s.dayNumber() + "–" + s.lastDayNumber())
                    + " · " + DAY.format(s.session().date());
            rows.add(new Row(y, y + 13, label, duration(s.totals().recordedMinutes()), x + 6, segments, cells));
            y += ROW_HEIGHT;
        }
        return new TimeChart(WIDTH, Math.max(y, 30), LABEL_WIDTH, rows, rows.isEmpty());
    }

    static String duration(long minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    public List<Part> parts() {
        return List.of(Part.values());
    }
}
