package org.parley.proposal.internal;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.parley.proposal.StatusSheetRow;

/**
 * The status sheet as a landscape PDF table, drawn row by row as the database returns them: each page's content
 * goes to a temporary file (PDFBox's file-only cache) as it is drawn, so a national table's sheet is never held
 * whole in memory, neither as rows nor as an HTML document for the layout engine that writes Parley's other PDFs.
 * A cell too long for its column is cut with "…": the sheet is a chart to scan; each thread's page has the rest.
 */
final class StatusSheetPdf implements AutoCloseable {

    private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String[] HEADINGS = {"Subject", "Article", "Last to move", "Last moved", "Status", "Opened", "Versions", "TA date"};
    private static final float[] WIDTHS = {200, 70, 90, 62, 118, 62, 44, 62};
    private static final float MARGIN = 40;
    private static final float SIZE = 8.5f;
    private static final float LINE = 13;

    private final PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    private final PDFont font;
    private final String title;
    private PDPageContentStream page;
    private float y;
    private int rows;

    StatusSheetPdf(String negotiationName, String tableName, LocalDate asOf) throws IOException {
        font = new File(FONT).canRead() ? PDType0Font.load(document, new File(FONT))
                : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        title = "Status sheet: " + tableName;
        newPage();
        text(MARGIN, y, 14, title);
        y -= LINE * 1.6f;
        text(MARGIN, y, 10, "Negotiation: " + negotiationName + "    As of " + DATE.format(asOf));
        y -= LINE * 1.8f;
        headings();
    }

    void row(StatusSheetRow row) {
        try {
            if (y < MARGIN + LINE) {
                newPage();
                text(MARGIN, y, 9, title + " (continued)");
                y -= LINE * 1.5f;
                headings();
            }
            cells(List.of(row.thread().title() + (row.thread().economic() ? " (economic)" : ""),
                    row.thread().article() == null ? "" : row.thread().article(),
                    row.lastSide() == null ? "" : row.lastSide().label() + " " + row.lastLabel(),
                    row.lastMovedOn() == null ? "" : row.lastMovedOn().toString(), row.statusLabel(),
                    row.openedOn() == null ? "" : row.openedOn().toString(), String.valueOf(row.versions()),
                    row.agreedOn() == null ? "" : row.agreedOn().toString()));
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void finish(OutputStream out) throws IOException {
        y -= LINE;
        text(MARGIN, Math.max(y, MARGIN / 2), 9, rows == 1 ? "1 thread" : rows + " threads");
        page.close();
        page = null;
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
        document.close();
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth()));
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = next.getMediaBox().getHeight() - MARGIN;
    }

    private void headings() throws IOException {
        cells(List.of(HEADINGS));
        page.moveTo(MARGIN, y + LINE - 3);
        page.lineTo(MARGIN + sum(WIDTHS), y + LINE - 3);
        page.stroke();
    }

    private void cells(List<String> cells) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            text(x, y, SIZE, fit(cells.get(i), WIDTHS[i] - 6));
            x += WIDTHS[i];
        }
        y -= LINE;
    }

    private void text(float x, float at, float size, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, at);
        page.showText(printable(text));
        page.endText();
    }

    /** The text cut to the width, with "…" where it was cut. */
    private String fit(String text, float width) throws IOException {
        String printable = printable(text);
        if (font.getStringWidth(printable) / 1000 * SIZE <= width) {
            return printable;
        }
        int end = printable.length();
        while (end > 0 && font.getStringWidth(printable.substring(0, end) + "…") / 1000 * SIZE > width) {
            end--;
        }
        return printable.substring(0, end) + "…";
    }

    /** What the font can draw: other characters become "?" rather than stopping the export. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = Character.isISOControl(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
