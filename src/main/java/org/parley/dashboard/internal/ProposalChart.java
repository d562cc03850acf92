package org.parley.dashboard.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.platform.Side;
import org.parley.proposal.ProposalVersion;

/**
 * "Proposals passed per side over time": the running count of each side's proposals as a
 * step line, so that who keeps moving and who stalls can be seen at a glance.
 */
record ProposalChart(int width, int height, List<Line> lines, List<Tick> ticks, String firstDate, String lastDate,
                     long maxCount, List<DateCount> table, boolean empty) {

    static final int WIDTH = 480;
    static final int HEIGHT = 200;
    static final int LEFT = 40;
    static final int RIGHT = 20;
    static final int TOP = 12;
    static final int BOTTOM = 30;

    record Line(Side side, String css, String points, long total) {
    }

    record Tick(double y, String label) {
    }

    record DateCount(LocalDate date, long labor, long management) {
    }

    static ProposalChart of(List<ProposalVersion> allVersions, LocalDate asOf) {
        // joint versions (approved recommendations) were passed by neither side
        List<ProposalVersion> versions = allVersions.stream().filter(v -> !v.joint()).toList();
        TreeMap<LocalDate, long[]> perDate = new TreeMap<>();
        for (ProposalVersion v : versions) {
            perDate.computeIfAbsent(v.passedOn(), d -> new long[2])[v.side() == Side.LABOR ? 0 : 1]++;
        }
        List<DateCount> table = perDate.entrySet().stream()
                .map(e -> new DateCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        if (perDate.isEmpty()) {
            return new ProposalChart(WIDTH, HEIGHT, List.of(), List.of(), "", "", 0, table, true);
        }
        LocalDate first = perDate.firstKey();
        LocalDate last = asOf != null && asOf.isAfter(perDate.lastKey()) ? asOf : perDate.lastKey();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        long labor = versions.stream().filter(v -> v.side() == Side.LABOR).count();
        long max = Math.max(1, Math.max(labor, versions.size() - labor));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        List<Line> lines = new ArrayList<>();
        for (Side side : Side.values()) {
            StringBuilder points = new StringBuilder();
            long count = 0;
            double previousY = TOP + plotHeight;
            points.append(LEFT).append(',').append(previousY);
            for (Map.Entry<LocalDate, long[]> e : perDate.entrySet()) {
                double x = LEFT + plotWidth * ChronoUnit.DAYS.between(first, e.getKey()) / days;
                count += e.getValue()[side == Side.LABOR ? 0 : 1];
                double y = TOP + plotHeight - plotHeight * count / max;
                points.append(' ').append(round(x)).append(',').append(round(previousY));
                points.append(' ').append(round(x)).append(',').append(round(y));
                previousY = y;
            }
            points.append(' ').append(LEFT + plotWidth).append(',').append(round(previousY));
            lines.add(new Line(side, "stroke-" + side.name(), points.toString(), count));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long value : new long[] {0, max / 2, max}) {
            ticks.add(new Tick(round(TOP + plotHeight - plotHeight * value / max), String.valueOf(value)));
        }
        return new ProposalChart(WIDTH, HEIGHT, lines, ticks.stream().distinct().toList(), first.toString(), last.toString(),
                max, table, false);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
