package org.parley.contract.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.parley.contract.ImportProblem;
import org.parley.platform.ParleyException;

/**
 * The lines of a PDF, read with PDFBox from the positions of its words rather than as a stream
 * of text, so that the page's layout can be used:
 * <ul>
 * <li>running headers and footers and page numbers are lines that recur at the same height on
 * several pages <em>outside</em> the band where the body text of the document runs. A real heading
 * that a footer repeats ("ARTICLE 1 / RECOGNITION 11 of 92") is kept where it stands in the body;</li>
 * <li>a page set in two columns (a gutter that no word crosses, with prose on both sides) is read
 * left column first;</li>
 * <li>a wide vertical gap starts a new paragraph (a blank line for the parser), and a line set
 * larger or bold than the body is passed on as a possible heading;</li>
 * <li>a scan (most pages without a text layer) is refused with a message saying so, as are
 * password-protected and unreadable files.</li>
 * </ul>
 */
final class PdfLayout {

    static final int MAX_PAGES = 3000;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–\\s]*(?:page\\s+)?(?:\\d{1,4}|[ivxlc]{1,6})(?:\\s+of\\s+\\d{1,4})?[-–\\s]*$");
    /** "… 11 of 92" at the end of a footer line, "Page 3" anywhere in it. */
    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?i)(?:\\b\\d{1,4}\\s+of\\s+\\d{1,4}\\s*$|\\bpage\\s+\\d{1,4}\\b)");

    /** A word as the page sets it: its box (y is the baseline, from the top of the page), size and weight. */
    record Word(String text, float x0, float x1, float y, float size, boolean bold) {
    }

    /** A line of one page: words on one baseline (or one column's part of it). */
    record PageLine(int page, float y, float x0, float x1, String text, float size, boolean bold) {
    }

    private PdfLayout() {
    }

    static Layout lines(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw ParleyException.invalid("The PDF has no pages.");
            }
            if (pages > MAX_PAGES) {
                throw ParleyException.invalid("The PDF has " + pages + " pages; agreements of up to " + MAX_PAGES
                        + " pages can be imported.");
            }
            Reader reader = new Reader();
            reader.setSortByPosition(true);
            reader.writeText(document, Writer.nullWriter());
            refuseScans(reader.charactersPerPage, pages);
            return layout(reader.pages, reader.heights);
        } catch (InvalidPasswordException e) {
            throw ParleyException.invalid("The PDF is protected by a password. Open it, save an unprotected copy "
                    + "(or print it to PDF) and import that.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParleyException parley) {
                throw parley;
            }
            throw ParleyException.invalid("The file is not a readable PDF (it may be truncated or damaged): "
                    + DocxLayout.firstLine(String.valueOf(e.getMessage())));
        }
    }

    /** A scan has a picture of each page and no text; OCR is a job for another tool, not a guess here. */
    private static void refuseScans(List<Integer> charactersPerPage, int pages) {
        long withoutText = charactersPerPage.stream().filter(c -> c < 40).count() + (pages - charactersPerPage.size());
        if (withoutText * 2 >= pages) {
            throw ParleyException.invalid(withoutText + " of the PDF's " + pages + " pages have no text layer: it is a "
                    + "scan (pictures of pages). Parley reads the text of a document and does not guess it from images; "
                    + "run it through OCR (for example OCRmyPDF, or your scanner's \"searchable PDF\" option) and import "
                    + "the result. Nothing was saved.");
        }
    }

    /** Collects each page's words, line by line, as PDFBox groups them. */
    private static final class Reader extends PDFTextStripper {
        final List<List<PageLine>> pages = new ArrayList<>();
        final List<Float> heights = new ArrayList<>();
        final List<Integer> charactersPerPage = new ArrayList<>();
        private List<List<Word>> pageWords;
        private List<Word> line;
        private int characters;

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageWords = new ArrayList<>();
            line = new ArrayList<>();
            characters = 0;
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float size = 0;
            int bold = 0;
            for (TextPosition p : positions) {
                size = Math.max(size, p.getFontSizeInPt());
                bold += isBold(p.getFont()) ? 1 : 0;
            }
            characters += text.strip().length();
            line.add(new Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
                    size, bold * 2 > positions.size()));
        }

        @Override
        protected void writeLineSeparator() {
            if (!line.isEmpty()) {
                pageWords.add(line);
                line = new ArrayList<>();
            }
        }

        @Override
        protected void writeWordSeparator() {
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            writeLineSeparator();
            float width = page.getCropBox().getWidth();
            pages.add(Columns.inReadingOrder(getCurrentPageNo(), pageWords, width));
            heights.add(page.getCropBox().getHeight());
            charactersPerPage.add(characters);
            super.endPage(page);
        }

        private static boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor descriptor = font.getFontDescriptor();
            return name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        }
    }

    /**
     * Sets aside the lines that recur at the same height on several pages outside the body's band,
     * and page numbers there; then turns the rest into lines for the parser, with a blank line where
     * the vertical gap says a paragraph ends and a heading hint where size or weight says so.
     */
    static Layout layout(List<List<PageLine>> pages, List<Float> heights) {
        Set<PageLine> furniture = Furniture.find(pages, heights);
        float bodySize = bodySize(pages);
        float spacing = lineSpacing(pages);
        List<AgreementParser.Line> lines = new ArrayList<>();
        int number = 1;
        int removed = 0;
        String previous = "";
        for (List<PageLine> page : pages) {
            boolean firstOnPage = true;
            PageLine before = null;
            for (PageLine line : page) {
                if (furniture.contains(line)) {
                    removed++;
                    continue;
                }
                boolean gap = before != null && (line.y() - before.y() > spacing * 1.45f || line.y() < before.y() - spacing);
                boolean pageBreakEndsParagraph = firstOnPage && previous.matches(".*[.:;!?”\"]$|^.{0,60}$");
                if (!lines.isEmpty() && (gap || pageBreakEndsParagraph)) {
                    lines.add(AgreementParser.Line.of(number++, ""));
                }
                boolean emphasised = line.text().length() <= 120 && (line.bold() || line.size() > bodySize * 1.15f);
                String text = (firstOnPage ? "\f" : "") + line.text();
                lines.add(new AgreementParser.Line(number++, text,
                        emphasised ? AgreementParser.Line.Hint.EMPHASIS : AgreementParser.Line.Hint.NONE));
                previous = line.text();
                before = line;
                firstOnPage = false;
            }
        }
        List<ImportProblem> notes = removed == 0 ? List.of() : List.of(ImportProblem.warning(0, "Set aside " + removed
                + " running header, footer and page-number lines (text that recurs at the top or foot of the pages)."));
        return new Layout(lines, notes);
    }

    /** The size of most of the document's text. */
    private static float bodySize(List<List<PageLine>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        pages.forEach(page -> page.forEach(l -> counts.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum)));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }

    /** The usual distance between the baselines of two lines of a paragraph. */
    private static float lineSpacing(List<List<PageLine>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<PageLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float gap = page.get(i).y() - page.get(i - 1).y();
                if (gap > 2 && gap < 60) {
                    counts.merge(Math.round(gap), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(14f);
    }

    /** Running headers, footers and page numbers: what a page repeats outside the body's band. */
    static final class Furniture {

        private Furniture() {
        }

        static Set<PageLine> find(List<List<PageLine>> pages, List<Float> heights) {
            float[] band = bodyBand(pages, heights);
            Map<String, List<PageLine>> recurring = new HashMap<>();
            for (List<PageLine> page : pages) {
                Set<String> onThisPage = new HashSet<>();
                for (PageLine line : page) {
                    String key = key(line);
                    if (onThisPage.add(key)) {
                        recurring.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                    }
                }
            }
            Set<PageLine> furniture = new HashSet<>();
            List<Float> furnitureHeights = new ArrayList<>();
            int needed = Math.max(2, Math.min(3, pages.size() / 3));
            for (List<PageLine> same : recurring.values()) {
                Map<Integer, List<PageLine>> byHeight = new HashMap<>();
                same.forEach(l -> byHeight.computeIfAbsent(Math.round(l.y() / 2), h -> new ArrayList<>()).add(l));
                for (List<PageLine> atHeight : byHeight.values()) {
                    if (atHeight.size() >= needed && outsideBody(atHeight.get(0), band)) {
                        furniture.addAll(atHeight);
                        furnitureHeights.add(atHeight.get(0).y());
                    }
                }
            }
            // A header that names the page's own article differs on every page but stands where the others stand.
            for (List<PageLine> page : pages) {
                for (PageLine line : page) {
                    boolean atFurnitureHeight = furnitureHeights.stream().anyMatch(h -> Math.abs(h - line.y()) <= 1.5f);
                    boolean pageNumber = PAGE_NUMBER.matcher(line.text()).matches()
                            || PAGE_REFERENCE.matcher(line.text()).find() && line.text().length() <= 160;
                    if (outsideBody(line, band) && (atFurnitureHeight || pageNumber)) {
                        furniture.add(line);
                    }
                }
            }
            return furniture;
        }

        /** Digits vary from page to page ("Page 3", "11 of 92"); the rest of a running line does not. */
        private static String key(PageLine line) {
            return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
        }

        private static boolean outsideBody(PageLine line, float[] band) {
            return line.y() < band[0] - 1.5f || line.y() > band[1] + 1.5f;
        }

        /**
         * Where the body runs: from the usual top of the text of a page to the lowest that text
         * usually reaches, counting only lines that occur once in the document (running lines
         * recur; body text does not).
         */
        static float[] bodyBand(List<List<PageLine>> pages, List<Float> heights) {
            Map<String, Integer> occurrences = new HashMap<>();
            pages.forEach(page -> page.forEach(l -> occurrences.merge(key(l), 1, Integer::sum)));
            List<Float> tops = new ArrayList<>();
            List<Float> bottoms = new ArrayList<>();
            for (List<PageLine> page : pages) {
                float top = Float.MAX_VALUE;
                float bottom = -1;
                int unique = 0;
                for (PageLine line : page) {
                    if (occurrences.get(key(line)) == 1 && !PAGE_NUMBER.matcher(line.text()).matches()) {
                        top = Math.min(top, line.y());
                        bottom = Math.max(bottom, line.y());
                        unique++;
                    }
                }
                if (unique >= 3) {
                    tops.add(top);
                    bottoms.add(bottom);
                }
            }
            if (tops.isEmpty()) {
                float height = heights.isEmpty() ? 792 : heights.get(0);
                return new float[] {height * 0.08f, height * 0.92f};
            }
            return new float[] {percentile(tops, 0.2), percentile(bottoms, 0.9)};
        }

        private static float percentile(List<Float> values, double p) {
            float[] sorted = new float[values.size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = values.get(i);
            }
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
        }
    }

    /** Two-column pages: finds a gutter that no word crosses and reads the left column before the right. */
    static final class Columns {

        private Columns() {
        }

        static List<PageLine> inReadingOrder(int page, List<List<Word>> lines, float width) {
            float gutter = gutter(lines, width);
            List<PageLine> result = new ArrayList<>();
            if (gutter < 0) {
                lines.forEach(words -> result.add(line(page, words)));
                return result;
            }
            // Full-width lines above the columns, then the left column, then the right, then full-width lines below.
            List<PageLine> left = new ArrayList<>();
            List<PageLine> right = new ArrayList<>();
            List<PageLine> above = new ArrayList<>();
            List<PageLine> below = new ArrayList<>();
            for (List<Word> words : lines) {
                List<Word> l = words.stream().filter(w -> w.x1() <= gutter).toList();
                List<Word> r = words.stream().filter(w -> w.x0() >= gutter).toList();
                if (l.size() + r.size() < words.size()) {
                    (left.isEmpty() && right.isEmpty() ? above : below).add(line(page, words));
                    continue;
                }
                if (!l.isEmpty()) {
                    left.add(line(page, l));
                }
                if (!r.isEmpty()) {
                    right.add(line(page, r));
                }
            }
            result.addAll(above);
            result.addAll(left);
            result.addAll(right);
            result.addAll(below);
            return result;
        }

        /** The x of a gutter between two columns of prose, or -1 for a page set in one column. */
        static float gutter(List<List<Word>> lines, float width) {
            if (lines.size() < 8) {
                return -1;
            }
            float best = -1;
            int bestCrossed = Integer.MAX_VALUE;
            for (float x = width * 0.35f; x <= width * 0.65f; x += 2) {
                int crossed = 0;
                int both = 0;
                int leftChars = 0;
                int rightChars = 0;
                for (List<Word> words : lines) {
                    boolean l = false;
                    boolean r = false;
                    for (Word w : words) {
                        if (w.x0() < x - 4 && w.x1() > x + 4) {
                            crossed++;
                        }
                        if (w.x1() <= x) {
                            l = true;
                            leftChars += w.text().length() + 1;
                        } else if (w.x0() >= x) {
                            r = true;
                            rightChars += w.text().length() + 1;
                        }
                    }
                    both += l && r ? 1 : 0;
                }
                boolean prose = leftChars / (double) lines.size() >= 20 && rightChars / (double) lines.size() >= 20;
                if (crossed * 10 <= lines.size() && both * 2 >= lines.size() && prose && crossed < bestCrossed) {
                    best = x;
                    bestCrossed = crossed;
                }
            }
            return best;
        }

        private static PageLine line(int page, List<Word> words) {
            StringBuilder text = new StringBuilder();
            float size = 0;
            int bold = 0;
            int letters = 0;
            Word previous = null;
            for (Word w : words) {
                if (previous != null) {
                    // a gap of several spaces inside a line is a tab stop: keep it visible to the parser
                    float gap = w.x0() - previous.x1();
                    text.append(gap > Math.max(previous.size(), 6) * 1.8f ? "   " : " ");
                }
                text.append(w.text());
                size = Math.max(size, w.size());
                bold += w.bold() ? w.text().length() : 0;
                letters += w.text().length();
                previous = w;
            }
            return new PageLine(page, words.get(0).y(), words.get(0).x0(), words.get(words.size() - 1).x1(), text.toString(),
                    size, bold * 4 >= letters * 3);
        }
    }
}
