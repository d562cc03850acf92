package org.parley.contract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.contract.ImportProblem;

/**
 * Sets aside what is printed in an agreement but is not its text: page numbers, running headers and
 * footers left in extracted text, tables of contents (with or without page numbers), Markdown front
 * matter and stray HTML. Each kind of line set aside is counted in a note for the preview.
 */
final class Noise {

    static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*[-–]?\\s*(?:page\\s+)?(?:\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|(?-i:[ivxlc]{1,6}))\\s*[-–]?\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:[-*•▪◦]|\\(?\\d{1,2}[.)]|\\(?[a-zA-Z][.)]|\\([ivxlIVXL]{1,5}\\))\\s+\\S.*$");
    static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern HTML_ONLY = Pattern.compile("^\\s*</?[a-zA-Z][^>]*>?\\s*$|^\\s*[a-z-]+=\"[^\"]*\"\\s*>?\\s*$");
    /** Dot leaders (or an ellipsis, or a rule) running up to a page number at the end of a contents line. */
    private static final Pattern LEADERS = Pattern.compile("(?:[.…_]\\s?){3,}\\s*\\d{1,3}$");
    private static final Pattern CONTENTS = Pattern.compile("(?i)^\\W*(?:table of )?contents\\W*$");

    private final boolean markdown;
    private final List<ImportProblem> problems;

    private Noise(boolean markdown, List<ImportProblem> problems) {
        this.markdown = markdown;
        this.problems = problems;
    }

    static List<AgreementParser.Line> without(List<AgreementParser.Line> lines, boolean markdown, List<ImportProblem> problems) {
        return new Noise(markdown, problems).filter(lines);
    }

    private List<AgreementParser.Line> filter(List<AgreementParser.Line> lines) {
        // A running header or footer repeats at page breaks; a repeated table row does not.
        boolean[] nearPageBreak = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.indexOf('\f') >= 0 || PAGE_NUMBER.matcher(text).matches() && !text.isBlank()) {
                for (int j = Math.max(0, i - 3); j <= Math.min(lines.size() - 1, i + 3); j++) {
                    nearPageBreak[j] = true;
                }
            }
        }
        Map<String, int[]> occurrences = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = normalized(lines.get(i).text());
            if (!key.isEmpty()) {
                int[] counts = occurrences.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                counts[1] += nearPageBreak[i] ? 1 : 0;
            }
        }
        boolean[] entry = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            entry[i] = looksLikeContentsEntry(lines.get(i).text().replace("\f", ""));
        }
        boolean[] inContents = contentsBlocks(lines, entry);
        List<AgreementParser.Line> kept = new ArrayList<>();
        int pageLines = 0;
        int repeated = 0;
        int contents = 0;
        boolean inFrontMatter = markdown && !lines.isEmpty() && lines.get(0).text().strip().equals("---");
        Contents toc = null;
        for (int i = 0; i < lines.size(); i++) {
            AgreementParser.Line line = lines.get(i);
            String text = line.text().replace("\f", "").replace('\u00A0', ' ');
            String bare = text.strip().replaceFirst("^#{1,6}\\s+", "").replaceAll("\\*\\*", "").strip();
            if (line.text().indexOf('\f') >= 0 && !kept.isEmpty() && !kept.get(kept.size() - 1).text().isBlank()) {
                kept.add(AgreementParser.Line.of(line.number(), "")); // a heading at the top of a page starts a new block
            }
            if (inFrontMatter) {
                if (i > 0 && text.strip().equals("---")) {
                    inFrontMatter = false;
                }
                continue;
            }
            if (CONTENTS.matcher(bare).matches()) {
                toc = new Contents();
                contents++;
                continue;
            }
            if (toc != null) {
                if (toc.entry(text, lines, i)) {
                    contents += text.isBlank() ? 0 : 1;
                    continue;
                }
                toc = null;
            }
            if (line.hint() == AgreementParser.Line.Hint.NONE || line.hint() == AgreementParser.Line.Hint.EMPHASIS) {
                if (PAGE_NUMBER.matcher(text).matches() && !text.isBlank()) {
                    pageLines++;
                    joinAcrossBreak(kept);
                    continue;
                }
                if (Headings.TOC_ENTRY.matcher(text).find() && text.matches(".*(?:\\.\\s?){4,}.*|.*….*|.*_{3,}.*")
                        || text.matches(".*(?:\\.\\s?){6,}\\s*\\d{1,3}\\b.*")) {
                    contents++;
                    if (Character.isWhitespace(text.charAt(0)) && !kept.isEmpty() && !kept.get(kept.size() - 1).text().isBlank()) {
                        kept.remove(kept.size() - 1); // the first half of an entry wrapped onto this line
                        contents++;
                    }
                    continue;
                }
                if (entry[i] && (neighbour(entry, lines, i, -1) || neighbour(entry, lines, i, 1)) || inContents[i]) {
                    contents++; // a run of "Title   12" lines: a contents page without a "Contents" heading
                    continue;
                }
                if (markdown && HTML_ONLY.matcher(text).matches()) {
                    continue;
                }
                String key = normalized(text);
                int[] counts = occurrences.getOrDefault(key, new int[2]);
                if (counts[0] >= 4 && counts[1] * 4 >= counts[0] * 3 && key.length() <= 140 && looksLikeRunningHeader(text)) {
                    repeated++;
                    joinAcrossBreak(kept);
                    continue;
                }
            }
            kept.add(new AgreementParser.Line(line.number(), text, line.hint()));
        }
        if (pageLines + repeated > 0) {
            problems.add(ImportProblem.warning(0, "Removed " + pageLines + " page-number lines and " + repeated
                    + " running header or footer lines."));
        }
        if (contents > 0) {
            problems.add(ImportProblem.warning(0, "Set aside " + contents + " table-of-contents lines (not imported)."));
        }
        return kept;
    }

    /**
     * A table of contents runs from its "Contents" heading while its lines are entries: a title with a
     * page number, a heading-like line with no text under it, or a wrapped part of either. It ends at
     * the first paragraph of prose, or where an entry comes round again (the body's first heading).
     */
    private static final class Contents {
        private String first;
        private int entries;
        private int paged;
        private boolean lastPaged;

        boolean entry(String text, List<AgreementParser.Line> lines, int index) {
            String t = text.strip().replaceFirst("^#{1,6}\\s+", "").replaceFirst("^[-*•]\\s+", "").replaceAll("\\*\\*|\\[|]\\([^)]*\\)", "")
                    .strip();
            if (t.isEmpty()) {
                return true;
            }
            String key = t.replaceAll("[\\s.…_]+\\d{1,3}$", "").replaceAll("\\W+", " ").strip().toLowerCase(java.util.Locale.ROOT);
            if (first == null) {
                first = key;
            } else if (key.equals(first) && entries > 1 && !t.matches(".*\\d{1,3}$")) {
                return false;
            }
            // "Title ........ 12" is an entry even where the last leader dot is spaced from the page number like a full stop
            boolean numbered = LEADERS.matcher(t).find() || t.matches(".*\\S\\s*\\d{1,3}$") && !t.matches(".*[.;]\\s+\\d{1,3}$")
                    || nextEndsWithPage(lines, index);
            boolean headingLike = t.length() <= 140 && !t.matches(".*[.;:]$|.*\\p{Ll}[.;]\\s.*") && t.split("\\s+").length <= 20
                    && Headings.isTitle(t);
            if (numbered) {
                paged++;
                entries++;
                lastPaged = true;
                return true;
            }
            boolean newPage = lines.get(index).text().indexOf('\f') >= 0;
            boolean unitHeading = Headings.ARTICLE.matcher(t).matches() || Headings.APPENDIX.matcher(t).matches()
                    || t.matches("^\\d{1,3}\\.?\\s+\\p{Lu}.*");
            boolean wrappedTail = lastPaged && paged >= 3 && t.length() <= 80 && !t.matches(".*\\p{Ll}[.;]$") && !newPage && !unitHeading;
            lastPaged = false;
            if (wrappedTail || paged >= 3 && !newPage && t.length() <= 140 && nextIsPagedEntry(lines, index) && !t.matches(".*\\p{Ll}[.;]$")) {
                entries++;
                return true;
            }
            // a contents page whose entries carry page numbers ends at the first line without one
            // (unless it heads a group of entries: "Appendices" above "Appendix 1 … 38")
            if (headingLike && (paged < 3 || nextIsPagedEntry(lines, index)) && entries < 400) {
                entries++;
                return true;
            }
            return false;
        }
    }

    /** "9 Hours of Work and Work Year   13": a title, one wide gap, a page number, and nothing like a table's figures. */
    private static boolean looksLikeContentsEntry(String text) {
        String t = text.strip();
        if (!endsWithDigit(t)) {
            return false; // most lines: spared the patterns, which cost half of a long PDF's import
        }
        java.util.regex.Matcher m = CONTENTS_ENTRY.matcher(t);
        return m.matches() && !FIGURES.matcher(m.group(1)).matches() && m.group(1).length() <= 140;
    }

    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^(.*\\p{L}.*?)\\s{2,}\\d{1,3}$");
    private static final Pattern FIGURES = Pattern.compile(".*(?:\\s{2,}|[$€£|]).*");
    private static final Pattern LOOSE_ENTRY = Pattern.compile("^\\p{L}[^$€£|]*\\p{L}[^$€£|]*\\s\\d{1,3}$");

    private static boolean endsWithDigit(String text) {
        return !text.isEmpty() && text.charAt(text.length() - 1) >= '0' && text.charAt(text.length() - 1) <= '9';
    }

    /**
     * The lines of contents pages whose entries wrap: between entries ("Title   12") stand the wrapped
     * halves of long titles ("Understanding on Distribution of Revenues", "(January 27, 2010)"), group
     * headings ("ARCHIVE") and entries whose page number is set off by a single space. A block is a run
     * of such lines, at most two of them between two entries, holding at least three clear entries.
     */
    private static boolean[] contentsBlocks(List<AgreementParser.Line> lines, boolean[] entry) {
        boolean[] block = new boolean[lines.size()];
        int start = -1;
        int lastAnchor = -1;
        int between = 0;
        int clear = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String text = i < lines.size() ? lines.get(i).text().replace("\f", "").strip() : "";
            if (i < lines.size() && text.isEmpty()) {
                continue;
            }
            boolean anchor = i < lines.size() && (entry[i] || looksLikeLooseEntry(text));
            if (anchor && start >= 0 && between <= 2) {
                lastAnchor = i;
                between = 0;
                clear += entry[i] ? 1 : 0;
                continue;
            }
            if (!anchor && start >= 0 && i < lines.size() && ++between <= 2 && looksLikeWrappedTitle(text)) {
                continue;
            }
            if (start >= 0 && clear >= 3) {
                for (int j = start; j <= lastAnchor; j++) {
                    block[j] = true;
                }
            }
            start = anchor ? i : -1;
            lastAnchor = i;
            between = 0;
            clear = anchor && entry[i] ? 1 : 0;
        }
        return block;
    }

    /** "Addendum F – Apportionment of Revenues and 126": a title and a page number with a single space before it. */
    private static boolean looksLikeLooseEntry(String text) {
        return text.length() <= 140 && endsWithDigit(text) && LOOSE_ENTRY.matcher(text).matches();
    }

    /** The second half of a wrapped title: short, and not the end of a sentence. */
    private static boolean looksLikeWrappedTitle(String text) {
        return text.length() <= 100 && !text.matches(".*\\p{Ll}[.;:!?]$") && !PAGE_NUMBER.matcher(text).matches();
    }

    private static boolean neighbour(boolean[] entry, List<AgreementParser.Line> lines, int index, int step) {
        for (int j = index + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).text().isBlank()) {
                return entry[j];
            }
        }
        return false;
    }

    private static boolean nextIsPagedEntry(List<AgreementParser.Line> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            String next = lines.get(j).text().strip();
            if (!next.isEmpty()) {
                return next.matches(".*\\S\\s*\\d{1,3}$") && next.length() <= 140;
            }
        }
        return false;
    }

    private static boolean nextEndsWithPage(List<AgreementParser.Line> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            String next = lines.get(j).text();
            if (!next.isBlank()) {
                return Character.isWhitespace(next.charAt(0)) && next.strip().matches(".*\\d{1,3}$");
            }
        }
        return false;
    }

    /** A page break in the middle of a sentence must not split its paragraph: drop the blank lines before it. */
    private static void joinAcrossBreak(List<AgreementParser.Line> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && kept.get(last).text().isBlank()) {
            last--;
        }
        if (last < 0) {
            return;
        }
        String previous = kept.get(last).text().strip();
        if (!previous.matches(".*[.:;!?”\"]$")) {
            while (kept.size() - 1 > last) {
                kept.remove(kept.size() - 1);
            }
        }
    }

    private static boolean looksLikeRunningHeader(String text) {
        String t = text.strip();
        return !Headings.ARTICLE.matcher(t).matches() && !Headings.NAMED_SECTION.matcher(t).matches()
                && !Headings.LETTER.matcher(t).matches() && !Headings.APPENDIX.matcher(t).matches()
                && !LIST_ITEM.matcher(t).matches() && !TABLE_ROW.matcher(t).matches();
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("\\d+", "#");
    }
}
