package org.parley.proposal.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.parley.account.Viewer;
import org.parley.platform.CsvCell;
import org.parley.proposal.StatusSheetFilter;
import org.parley.proposal.StatusSheetRow;
import org.parley.proposal.StatusSheets;
import org.springframework.http.HttpHeaders;

/**
 * The status sheet as CSV for spreadsheets, written with the platform's {@link CsvCell}, streamed: each row
 * is written to the response as the database returns it, so a national table's sheet is never held whole.
 */
final class StatusSheetCsv {

    private StatusSheetCsv() {
    }

    static void write(StatusSheets sheets, Viewer viewer, long tableId, HttpServletResponse response) throws IOException {
        StringBuilder line = new StringBuilder("\uFEFF");
        CsvCell.line(line, "Thread", "Subject", "Article", "Economic", "Opened by", "Opened on", "Last to move", "Last proposal",
                "Last moved on", "Versions", "Status", "TA date");
        Writer[] out = {null};
        // the audience check runs before the first row: the response becomes a CSV only once it has passed,
        // so that a refusal is answered as every refusal is
        sheets.each(viewer, tableId, StatusSheetFilter.ALL, row -> {
            line(line, row);
            try {
                if (out[0] == null) {
                    out[0] = start(response, tableId);
                }
                out[0].write(line.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            line.setLength(0);
        });
        if (out[0] == null) {
            out[0] = start(response, tableId); // a table without threads: the header alone
        }
        out[0].write(line.toString());
        out[0].flush();
    }

    private static Writer start(HttpServletResponse response, long tableId) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"status-sheet-table-" + tableId + ".csv\"");
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, StatusSheetRow row) {
        CsvCell.line(csv, String.valueOf(row.thread().id()), row.thread().title(), row.thread().article(),
                row.thread().economic() ? "yes" : "no", row.openedBy() == null ? "" : row.openedBy().label(),
                text(row.openedOn()), row.lastSide() == null ? "" : row.lastSide().label(), row.lastLabel(),
                text(row.lastMovedOn()), String.valueOf(row.versions()), row.statusLabel(), text(row.agreedOn()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
