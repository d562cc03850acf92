package org.parley.contract;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.parley.contract.LegalDocument.Field;
import org.parley.contract.LegalDocument.Grid;
import org.parley.contract.LegalDocument.Heading;
import org.parley.contract.LegalDocument.Part;
import org.parley.contract.LegalDocument.Redlined;
import org.parley.contract.LegalDocument.Text;
import org.parley.contract.Redline.Run;
import org.parley.contract.Redline.RunType;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a {@link LegalDocument} as DOCX (Word, LibreOffice) or PDF. Insertions carry real
 * underline formatting and deletions real strike-through, not colour alone, so the redline
 * survives black-and-white printing. Everything is user text and is written as text: escaped in
 * the PDF's XHTML, set as run text in the DOCX, with characters XML cannot hold removed.
 */
public final class ContractDocuments {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String SERIF_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    private static final String SERIF_BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";

    private ContractDocuments() {
    }

    public static byte[] docx(LegalDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (document.landscape()) {
                CTSectPr section = docx.getDocument().getBody().addNewSectPr();
                CTPageSz size = section.addNewPgSz();
                size.setOrient(STPageOrientation.LANDSCAPE);
                size.setW(BigInteger.valueOf(15840));
                size.setH(BigInteger.valueOf(12240));
            }
            XWPFParagraph title = docx.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(16);
            titleRun.setText(clean(document.title()));
            if (!document.header().isEmpty()) {
                XWPFTable header = docx.createTable(document.header().size(), 2);
                for (int i = 0; i < document.header().size(); i++) {
                    Field field = document.header().get(i);
                    XWPFTableRow row = header.getRow(i);
                    XWPFRun label = row.getCell(0).getParagraphs().get(0).createRun();
                    label.setBold(true);
                    label.setText(clean(field.label()));
                    row.getCell(1).getParagraphs().get(0).createRun().setText(clean(field.value()));
                }
                docx.createParagraph();
            }
            for (Part part : document.parts()) {
                switch (part) {
                    case Heading heading -> {
                        XWPFParagraph p = docx.createParagraph();
                        p.setSpacingBefore(240);
                        XWPFRun run = p.createRun();
                        run.setBold(true);
                        run.setFontSize(heading.level() <= 1 ? 14 : 12);
                        run.setText(clean(heading.text()));
                    }
                    case Text text -> paragraphs(docx, List.of(new Run(RunType.EQUAL, text.text())));
                    case Redlined redlined -> paragraphs(docx, redlined.runs());
                    case Grid grid -> grid(docx, grid);
                }
            }
            if (document.signatureBlock()) {
                XWPFParagraph heading = docx.createParagraph();
                heading.setSpacingBefore(480);
                XWPFRun run = heading.createRun();
                run.setBold(true);
                run.setText("Tentatively agreed");
                XWPFTable signatures = docx.createTable(2, 3);
                String[][] cells = {{"For the Union: ____________________", "Initials: ______", "Date: ____________"},
                        {"For the Employer: __________________", "Initials: ______", "Date: ____________"}};
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 3; c++) {
                        signatures.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(cells[r][c]);
                    }
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing a DOCX in memory cannot fail for lack of a disk", e);
        }
    }

    /** Redline runs as Word paragraphs: a blank line starts a paragraph, a single line end breaks the line. */
    private static void paragraphs(XWPFDocument docx, List<Run> runs) {
        XWPFParagraph paragraph = docx.createParagraph();
        boolean empty = true;
        int lineEnds = 0;
        for (Run run : runs) {
            String text = run.text();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && text.charAt(i) != '\n') {
                    continue;
                }
                if (i > start) {
                    if (!empty && lineEnds >= 2) {
                        paragraph = docx.createParagraph();
                    } else if (!empty && lineEnds == 1) {
                        paragraph.createRun().addBreak();
                    }
                    lineEnds = 0;
                    empty = false;
                    XWPFRun piece = paragraph.createRun();
                    piece.setText(clean(text.substring(start, i)));
                    piece.setFontFamily("Times New Roman");
                    if (run.type() == RunType.INSERT) {
                        piece.setUnderline(UnderlinePatterns.SINGLE);
                        piece.setColor("1D4ED8");
                    } else if (run.type() == RunType.DELETE) {
                        piece.setStrikeThrough(true);
                        piece.setColor("B00020");
                    }
                }
                if (i < text.length()) {
                    lineEnds++;
                }
                start = i + 1;
            }
        }
    }

    private static void grid(XWPFDocument docx, Grid grid) {
        XWPFTable table = docx.createTable(grid.rows().size() + 1, grid.columns().size());
        for (int c = 0; c < grid.columns().size(); c++) {
            XWPFRun run = table.getRow(0).getCell(c).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(clean(grid.columns().get(c)));
        }
        for (int r = 0; r < grid.rows().size(); r++) {
            List<String> row = grid.rows().get(r);
            for (int c = 0; c < grid.columns().size() && c < row.size(); c++) {
                table.getRow(r + 1).getCell(c).getParagraphs().get(0).createRun().setText(clean(row.get(c)));
            }
        }
        docx.createParagraph();
    }

    public static byte[] pdf(LegalDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (new File(SERIF_FONT).canRead()) {
                builder.useFont(new File(SERIF_FONT), "ParleySerif");
                if (new File(SERIF_BOLD_FONT).canRead()) {
                    builder.useFont(new File(SERIF_BOLD_FONT), "ParleySerif", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
                }
            }
            builder.withHtmlContent(xhtml(document), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing a PDF in memory cannot fail for lack of a disk", e);
        }
    }

    static String xhtml(LegalDocument document) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>").append(escape(document.title()))
                .append("</title><style>")
                .append("@page { size: ").append(document.landscape() ? "letter landscape" : "letter")
                .append("; margin: 2cm; @bottom-center { content: counter(page) ' / ' counter(pages); font-size: 9pt; } }")
                .append("body { font-family: ParleySerif, serif; font-size: 11pt; line-height: 1.4; }")
                .append("h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11.5pt; }")
                .append("table { border-collapse: collapse; width: 100%; margin: 6pt 0; } td, th { border: 1px solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 10pt; }")
                .append("ins { text-decoration: underline; color: #1d4ed8; } del { text-decoration: line-through; color: #b00020; }")
                .append("p { margin: 4pt 0; white-space: pre-wrap; }")
                .append("</style></head><body>");
        html.append("<h1>").append(escape(document.title())).append("</h1>");
        if (!document.header().isEmpty()) {
            html.append("<table>");
            for (Field field : document.header()) {
                html.append("<tr><th>").append(escape(field.label())).append("</th><td>").append(escape(field.value())).append("</td></tr>");
            }
            html.append("</table>");
        }
        for (Part part : document.parts()) {
            switch (part) {
                case Heading heading -> {
                    String tag = heading.level() <= 1 ? "h2" : "h3";
                    html.append('<').append(tag).append('>').append(escape(heading.text())).append("</").append(tag).append('>');
                }
                case Text text -> html.append(runsHtml(List.of(new Run(RunType.EQUAL, text.text()))));
                case Redlined redlined -> html.append(runsHtml(redlined.runs()));
                case Grid grid -> {
                    html.append("<table><tr>");
                    grid.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
                    html.append("</tr>");
                    for (List<String> row : grid.rows()) {
                        html.append("<tr>");
                        row.forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
                        html.append("</tr>");
                    }
                    html.append("</table>");
                }
            }
        }
        if (document.signatureBlock()) {
            html.append("<h2>Tentatively agreed</h2><table>")
                    .append("<tr><td>For the Union: ____________________</td><td>Initials: ______</td><td>Date: ____________</td></tr>")
                    .append("<tr><td>For the Employer: __________________</td><td>Initials: ______</td><td>Date: ____________</td></tr>")
                    .append("</table>");
        }
        html.append("</body></html>");
        return html.toString();
    }

    /** Runs as paragraphs of escaped text with ins and del elements; a blank line starts a paragraph. */
    private static String runsHtml(List<Run> runs) {
        List<StringBuilder> paragraphs = new ArrayList<>();
        paragraphs.add(new StringBuilder());
        for (Run run : runs) {
            String[] pieces = run.text().split("\n\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    paragraphs.add(new StringBuilder());
                }
                if (pieces[i].isEmpty()) {
                    continue;
                }
                String text = escape(pieces[i]).replace("\n", "<br/>");
                StringBuilder current = paragraphs.get(paragraphs.size() - 1);
                switch (run.type()) {
                    case INSERT -> current.append("<ins>").append(text).append("</ins>");
                    case DELETE -> current.append("<del>").append(text).append("</del>");
                    case EQUAL -> current.append(text);
                }
            }
        }
        StringBuilder html = new StringBuilder();
        paragraphs.stream().filter(p -> !p.isEmpty()).forEach(p -> html.append("<p>").append(p).append("</p>"));
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(clean(text), "UTF-8");
    }

    /** Removes the control characters XML 1.0 cannot carry; everything else is kept as typed. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
