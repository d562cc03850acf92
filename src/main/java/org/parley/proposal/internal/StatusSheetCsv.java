package org.parley.proposal.internal;

import java.util.List;
import org.parley.platform.CsvCell;
import org.parley.proposal.StatusSheetRow;

/** The status sheet as CSV for spreadsheets, written with the platform's {@link CsvCell}. */
final class StatusSheetCsv {

    private StatusSheetCsv() {
    }

    static String write(List<StatusSheetRow> rows) {
        StringBuilder csv = new StringBuilder();
        CsvCell.line(csv, "Thread", "Subject", "Article", "Economic", "Opened by", "Opened on", "Last to move", "Last proposal",
                "Last moved on", "Versions", "Status", "TA date");
        for (StatusSheetRow row : rows) {
            CsvCell.line(csv, String.valueOf(row.thread().id()), row.thread().title(), row.thread().article(),
                    row.thread().economic() ? "yes" : "no", row.openedBy() == null ? "" : row.openedBy().label(),
                    text(row.openedOn()), row.lastSide() == null ? "" : row.lastSide().label(), row.lastLabel(),
                    text(row.lastMovedOn()), String.valueOf(row.versions()), row.statusLabel(), text(row.agreedOn()));
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }


}
