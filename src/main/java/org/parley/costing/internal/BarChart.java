package org.parley.costing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A server-drawn bar chart (SVG coordinates computed here, no script): one group of bars per contract
 * year, one bar per series, a zero line when costs go below zero. The page shows the same figures as a
 * table beside it.
 */
record BarChart(int width, int height, List<Bar> bars, List<Tick> ticks, List<Label> labels, List<Series> series) {

    record Series(String name, String css, List<BigDecimal> values) {
    }

    record Bar(int x, int y, int width, int height, String css, String title) {
    }

    record Tick(int y, String label) {
    }

    record Label(int x, int y, String text) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 90;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    public boolean empty() {
        return bars.isEmpty();
    }

    static BarChart of(List<String> groups, List<Series> series) {
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal min = BigDecimal.ZERO;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                max = max.max(v);
                min = min.min(v);
            }
        }
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        if (groups.isEmpty() || series.isEmpty() || (max.signum() == 0 && min.signum() == 0)) {
            return new BarChart(WIDTH, HEIGHT, bars, ticks, labels, series);
        }
        BigDecimal range = max.subtract(min);
        int plot = HEIGHT - TOP - BOTTOM;
        int groupWidth = (WIDTH - LEFT - 10) / groups.size();
        int barWidth = Math.max(4, (groupWidth - 16) / series.size());
        int zero = y(BigDecimal.ZERO, min, range, plot);
        for (int g = 0; g < groups.size(); g++) {
            int x0 = LEFT + g * groupWidth + 8;
            labels.add(new Label(x0 + (groupWidth - 16) / 2, HEIGHT - BOTTOM + 18, groups.get(g)));
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = series.get(s).values().get(g);
                int y = y(v, min, range, plot);
                bars.add(new Bar(x0 + s * barWidth, Math.min(y, zero), barWidth - 2, Math.max(1, Math.abs(zero - y)), series.get(s).css(),
                        series.get(s).name() + ", " + groups.get(g) + ": " + Assumptions.money(v)));
            }
        }
        for (int i = 0; i <= 4; i++) {
            BigDecimal v = min.add(range.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP));
            ticks.add(new Tick(y(v, min, range, plot), short_(v)));
        }
        return new BarChart(WIDTH, HEIGHT, bars, ticks, labels, series);
    }

    private static int y(BigDecimal v, BigDecimal min, BigDecimal range, int plot) {
        return TOP + plot - v.subtract(min).multiply(BigDecimal.valueOf(plot)).divide(range, 0, RoundingMode.HALF_UP).intValue();
    }

    /** $1.2M, $350k, $900 */
    static String short_(BigDecimal v) {
        BigDecimal abs = v.abs();
        String sign = v.signum() < 0 ? "−" : "";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return sign + "$" + abs.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).toPlainString() + "M";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return sign + "$" + abs.divide(BigDecimal.valueOf(1_000), 0, RoundingMode.HALF_UP).toPlainString() + "k";
        }
        return sign + "$" + abs.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
