package org.parley.proposal.internal;

import java.util.List;
import org.parley.proposal.StatusSheetRow;

/**
 * The status sheet as CSV (RFC 4180) for spreadsheets. A cell that a spreadsheet would run as a
 * formula (starting with = + - @) is prefixed with an apostrophe, so an exported sheet cannot
 * execute anything typed into a title.
 */
final class StatusSheetCsv {

    private StatusSheetCsv() {
    }

    static String write(List<StatusSheetRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, "Thread", "Subject", "Article", "Economic", "Opened by", "Opened on", "Last to move", "Last proposal",
                "Last moved on", "Versions", "Status", "TA date");
        for (StatusSheetRow row : rows) {
            line(csv, String.valueOf(row.thread().id()), row.thread().title(), row.thread().article(),
                    row.thread().economic() ? "yes" : "no", row.openedBy() == null ? "" : row.openedBy().label(),
                    text(row.openedOn()), row.lastSide() == null ? "" : row.lastSide().label(), row.lastLabel(),
                    text(row.lastMovedOn()), String.valueOf(row.versions()), row.statusLabel(), text(row.agreedOn()));
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
