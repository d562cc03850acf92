package org.parley.contract.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.parley.contract.ImportProblem;
import org.parley.platform.ParleyException;

/**
 * The lines of a Word document: paragraphs and table rows, with Word's automatic numbering spelled
 * out and heading styles passed on as hints. Before POI opens the archive, every entry is inflated
 * into nothing and counted, so that neither one part nor many parts together can expand past what
 * any agreement needs (a zip bomb spread over many entries is refused as surely as one big entry).
 */
final class DocxLayout {

    /** A DOCX part may not expand to more than this: a real agreement is a few megabytes of XML. */
    static final long MAX_EXPANDED_PART = 40L * 1024 * 1024;
    /** All parts together, images included, may not expand to more than this. */
    static final long MAX_EXPANDED_TOTAL = 80L * 1024 * 1024;
    /** Word writes a dozen parts, a few hundred with many images; thousands are not a document. */
    static final int MAX_ENTRIES = 1000;

    private DocxLayout() {
    }

    /** Refuses, before anything is held in memory, an archive that expands too far or has too many entries. */
    static void checkExpansion(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw ParleyException.invalid("The file was refused: it holds more than " + MAX_ENTRIES
                            + " parts, far more than any agreement (it looks like a zip bomb).");
                }
                long part = 0;
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    part += read;
                    total += read;
                    if (part > MAX_EXPANDED_PART || total > MAX_EXPANDED_TOTAL) {
                        throw ParleyException.invalid("The file was refused: it expands to more than "
                                + (part > MAX_EXPANDED_PART ? MAX_EXPANDED_PART : MAX_EXPANDED_TOTAL) / (1024 * 1024)
                                + " MB, far more than any agreement (it looks like a zip bomb).");
                    }
                }
            }
        } catch (ZipException e) {
            throw ParleyException.invalid("The file is not a valid DOCX document: " + firstLine(String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw ParleyException.invalid("The file is not a valid DOCX document: it is truncated or damaged.");
        }
        if (entries == 0) {
            throw ParleyException.invalid("The file is not a valid DOCX document: the archive is empty or truncated.");
        }
    }

    /** The paragraphs and table rows of a Word document, with Word's automatic numbering spelled out. */
    static Layout lines(byte[] bytes) {
        checkExpansion(bytes);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_PART);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Numbering numbering = new Numbering(document);
            List<AgreementParser.Line> lines = new ArrayList<>();
            int number = 1;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = paragraph.getText().replace('\t', ' ');
                    String label = numbering.label(paragraph);
                    boolean heading = isHeading(document, paragraph);
                    if (!label.isEmpty()) {
                        text = label + (label.endsWith(" ") ? "" : " ") + text;
                    }
                    AgreementParser.Line.Hint hint = heading ? AgreementParser.Line.Hint.HEADING
                            : !label.isEmpty() ? AgreementParser.Line.Hint.LIST_ITEM : AgreementParser.Line.Hint.NONE;
                    if (heading && !text.isBlank()) {
                        lines.add(AgreementParser.Line.of(number++, ""));
                    }
                    lines.add(new AgreementParser.Line(number++, text, hint));
                    if (!text.isBlank() && hint != AgreementParser.Line.Hint.LIST_ITEM) {
                        lines.add(AgreementParser.Line.of(number++, ""));
                    }
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        StringBuilder cells = new StringBuilder("|");
                        row.getTableCells().forEach(cell -> cells.append(' ').append(cell.getText().replace('|', '/')
                                .replaceAll("\\s+", " ").strip()).append(" |"));
                        lines.add(new AgreementParser.Line(number++, cells.toString(), AgreementParser.Line.Hint.TABLE_ROW));
                    }
                    lines.add(AgreementParser.Line.of(number++, ""));
                }
            }
            return withHeaderTitle(document, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParleyException parley) {
                throw parley;
            }
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceeds the maximum")
                    || message.contains("ratio")) {
                throw ParleyException.invalid("The file was refused: it expands to far more than any agreement does "
                        + "(it looks like a zip bomb).");
            }
            throw ParleyException.invalid("The file is not a valid DOCX document: " + firstLine(message));
        }
    }

    /**
     * A short document (a memorandum, a side letter) may carry its title only in the page header, its
     * body having no heading at all: then the header's text is its heading, put first, and the preview
     * says so. A body with headings of its own keeps its header out, as a running header.
     */
    private static Layout withHeaderTitle(XWPFDocument document, List<AgreementParser.Line> lines) {
        boolean headed = lines.stream().anyMatch(line -> !line.text().isBlank() && line.hint() != AgreementParser.Line.Hint.TABLE_ROW
                && isUnitHeading(line));
        String title = document.getHeaderList().stream().findFirst().map(h -> h.getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(t -> !t.isBlank()).map(String::strip).reduce((a, b) -> a + " " + b).orElse("")).orElse("");
        AgreementParser.Line heading = new AgreementParser.Line(0, title, AgreementParser.Line.Hint.HEADING);
        if (headed || title.isBlank() || title.length() > 300 || !isUnitHeading(heading)) {
            return Layout.of(lines);
        }
        List<AgreementParser.Line> titled = new ArrayList<>();
        titled.add(new AgreementParser.Line(1, title, AgreementParser.Line.Hint.HEADING));
        titled.add(AgreementParser.Line.of(2, ""));
        lines.forEach(line -> titled.add(new AgreementParser.Line(line.number() + 2, line.text(), line.hint())));
        return new Layout(titled, List.of(ImportProblem.warning(1, "The document has no heading of its own; its page header '"
                + (title.length() <= 90 ? title : title.substring(0, 87) + "…") + "' was read as its title (line 1).")));
    }

    private static boolean isUnitHeading(AgreementParser.Line line) {
        Headings.Heading heading = Headings.read(line, true, false, true);
        return heading != null && heading.unit();
    }

    static String firstLine(String message) {
        return message.isBlank() ? "Word could not have written it." : message.lines().findFirst().orElse("");
    }

    private static boolean isHeading(XWPFDocument document, XWPFParagraph paragraph) {
        String style = paragraph.getStyleID();
        if (style == null) {
            return false;
        }
        XWPFStyle definition = document.getStyles() == null ? null : document.getStyles().getStyle(style);
        String name = definition == null || definition.getName() == null ? style : definition.getName();
        String key = (style + " " + name).toLowerCase(Locale.ROOT).replace(" ", "");
        return key.contains("heading") || key.contains("title");
    }

    /** Counts Word's list levels as Word does, so "ARTICLE %1" becomes "ARTICLE 13" on the thirteenth heading. */
    static final class Numbering {

        private final XWPFDocument document;
        private final XWPFNumbering numbering;
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        Numbering(XWPFDocument document) {
            this.document = document;
            this.numbering = document.getNumbering();
        }

        String label(XWPFParagraph paragraph) {
            if (numbering == null) {
                return "";
            }
            CTNumPr numPr = numberingProperties(paragraph);
            if (numPr == null || numPr.getNumId() == null) {
                return "";
            }
            BigInteger numId = numPr.getNumId().getVal();
            int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
            BigInteger abstractId = numbering.getAbstractNumID(numId);
            XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
            if (abstractNum == null || numId.signum() == 0) {
                return "";
            }
            CTAbstractNum definition = abstractNum.getCTAbstractNum();
            int[] count = counters.computeIfAbsent(abstractId, id -> new int[9]);
            count[level] = count[level] == 0 ? start(definition, level) : count[level] + 1;
            for (int deeper = level + 1; deeper < 9; deeper++) {
                count[deeper] = 0;
            }
            CTLvl lvl = level(definition, level);
            if (lvl == null || lvl.getLvlText() == null) {
                return "";
            }
            String text = lvl.getLvlText().getVal();
            for (int l = 0; l <= level; l++) {
                CTLvl each = level(definition, l);
                int value = count[l] == 0 ? start(definition, l) : count[l];
                String format = each == null || each.getNumFmt() == null ? "decimal" : each.getNumFmt().getVal().toString();
                text = text.replace("%" + (l + 1), format(value, format));
            }
            String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
            return format.equals("bullet") ? "•" : text.strip();
        }

        private CTNumPr numberingProperties(XWPFParagraph paragraph) {
            CTPPr own = paragraph.getCTP().getPPr();
            if (own != null && own.getNumPr() != null) {
                return own.getNumPr();
            }
            String styleId = paragraph.getStyleID();
            for (int depth = 0; styleId != null && depth < 10 && document.getStyles() != null; depth++) {
                XWPFStyle style = document.getStyles().getStyle(styleId);
                if (style == null) {
                    return null;
                }
                var pPr = style.getCTStyle().getPPr();
                if (pPr != null && pPr.getNumPr() != null) {
                    return pPr.getNumPr();
                }
                styleId = style.getBasisStyleID();
            }
            return null;
        }

        private static CTLvl level(CTAbstractNum definition, int level) {
            for (CTLvl lvl : definition.getLvlArray()) {
                if (lvl.getIlvl().intValue() == level) {
                    return lvl;
                }
            }
            return null;
        }

        private static int start(CTAbstractNum definition, int level) {
            CTLvl lvl = level(definition, level);
            return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
        }

        static String format(int value, String format) {
            return switch (format) {
                case "upperRoman" -> roman(value);
                case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
                case "upperLetter" -> letters(value);
                case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
                case "decimalZero" -> (value < 10 ? "0" : "") + value;
                case "none" -> "";
                default -> String.valueOf(value);
            };
        }

        private static String roman(int value) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder roman = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                while (value >= values[i]) {
                    roman.append(symbols[i]);
                    value -= values[i];
                }
            }
            return roman.toString();
        }

        private static String letters(int value) {
            StringBuilder letters = new StringBuilder();
            for (int v = value; v > 0; v = (v - 1) / 26) {
                letters.insert(0, (char) ('A' + (v - 1) % 26));
            }
            return letters.toString();
        }
    }
}
