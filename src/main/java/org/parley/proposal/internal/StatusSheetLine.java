package org.parley.proposal.internal;

import java.util.List;
import org.parley.platform.Times;
import org.parley.proposal.StatusSheetRow;

/**
 * A status sheet row as the page writes it: its texts and classes worked out once here, so that the template only
 * places them. Each row used to evaluate some fifteen expressions (three of them date formats through a bean), and a
 * page writes 50 rows; rendering was most of the page's time at national size.
 *
 * @param sideBadge    "Labor L-3", empty before any version
 * @param packageLabel how the package form names the thread: its subject and its last proposal's label
 */
record StatusSheetLine(long threadId, String title, boolean economic, boolean open, String article, String rowClass,
                       String sideClass, String sideBadge, String labelMeaning, String lastMoved, String statusClass,
                       String statusLabel, String opened, int versions, String agreed, String packageLabel) {

    static List<StatusSheetLine> of(List<StatusSheetRow> rows) {
        return rows.stream().map(StatusSheetLine::of).toList();
    }

    static StatusSheetLine of(StatusSheetRow row) {
        var thread = row.thread();
        String side = row.lastSide() == null ? null : row.lastSide().name();
        return new StatusSheetLine(thread.id(), thread.title(), thread.economic(), thread.status().open(), thread.article(),
                "row-" + (side == null ? "none" : side), side == null ? null : "side-" + side,
                side == null ? "" : row.lastSide().label() + " " + row.lastLabel(), row.lastLabelMeaning(),
                Times.day(row.lastMovedOn()), "status-" + row.statusClass(), row.statusLabel(), Times.day(row.openedOn()),
                row.versions(), Times.day(row.agreedOn()),
                thread.title() + (row.lastLabel() != null ? " (" + row.lastLabel() + ")" : ""));
    }
}
