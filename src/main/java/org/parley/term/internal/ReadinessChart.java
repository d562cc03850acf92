package org.parley.term.internal;

import java.util.ArrayList;
import java.util.List;
import org.parley.term.Readiness;

/**
 * "Pledged, by worksite": one bar per worksite, the share of its active members who signed the
 * pledge, with the goal (the pledge's goal over the unit's active members) as a dashed line. Drawn
 * on the server as SVG, with the same figures in the table beside it.
 */
record ReadinessChart(int width, int height, List<Bar> bars, Double goalX, int goalPercent) {

    static final int WIDTH = 480;
    static final int LABEL = 150;
    static final int ROW = 26;

    record Bar(String name, int y, double width, int percent, String label) {
    }

    static ReadinessChart of(Readiness readiness) {
        List<Bar> bars = new ArrayList<>();
        int y = 6;
        double scale = (WIDTH - LABEL - 50) / 100.0;
        for (Readiness.Row row : readiness.worksites()) {
            if (row.members() == 0) {
                continue;
            }
            bars.add(new Bar(row.name(), y, Math.max(1, row.pledgedPercent() * scale), row.pledgedPercent(),
                    row.pledged() + " of " + row.members()));
            y += ROW;
        }
        int goal = readiness.pledge() == null || readiness.activeMembers() == 0 ? 0
                : (int) Math.min(100, Math.round(100.0 * readiness.pledge().goal() / readiness.activeMembers()));
        return new ReadinessChart(WIDTH, Math.max(ROW, y + 4), bars, goal == 0 ? null : LABEL + goal * scale, goal);
    }

    public boolean empty() {
        return bars.isEmpty();
    }

    public int labelWidth() {
        return LABEL;
    }
}
