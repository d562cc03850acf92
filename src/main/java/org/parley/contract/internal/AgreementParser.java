package org.parley.contract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.contract.Article;
import org.parley.contract.ImportPreview;
import org.parley.contract.ImportProblem;
import org.parley.contract.Section;

/**
 * Finds the articles and sections of an agreement in its lines, whatever the source: Markdown,
 * text extracted from a PDF (hard-wrapped, with page numbers and running headers), or the
 * paragraphs of a Word document (with their automatic numbering already spelled out).
 *
 * <p>It recognises the usual headings: "ARTICLE 13 – PAID TIME OFF", "Article 4", "ARTICLE XIII:",
 * "## ARTICLE 1—RECOGNITION", letters of agreement, memoranda and appendices as articles of their
 * own; "Section 4.2", "Section 1." (numbered within its article: "13.1"), "Section 1(A).",
 * "4.2.1 Title", and "**1.1 Title.** text". Everything it cannot place is reported with its line.
 */
final class AgreementParser {

    /** A line of the source, with what the source itself says about it (Word styles), if anything. */
    record Line(int number, String text, Hint hint) {

        enum Hint { NONE, HEADING, TABLE_ROW, LIST_ITEM }

        static Line of(int number, String text) {
            return new Line(number, text, Hint.NONE);
        }
    }

    private static final String DASHES = "[-–—:.]";
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*)$");
    private static final Pattern ARTICLE = Pattern.compile(
            "^((?i:article|articl|artcle|artice))\\.?\\s+([0-9]{1,3}[A-Z]?|[IVXLCDM]{1,8})\\b\\s*(" + DASHES + "+)?\\s*(.*?)\\s*$");
    private static final Pattern LETTER = Pattern.compile(
            "^(LETTERS? OF (?:AGREEMENT|UNDERSTANDING)|MEMORAND(?:UM|A) OF (?:UNDERSTANDING|AGREEMENT)|SIDE LETTER)\\b\\s*(?:"
                    + DASHES + "+\\s*)?(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPENDIX = Pattern.compile(
            "^(APPENDIX|Appendix|EXHIBIT|Exhibit)\\s+([A-Z0-9]{1,3})\\b\\s*(?:" + DASHES + "+\\s*)?(.*?)\\s*$");
    private static final Pattern BOLD_SECTION = Pattern.compile("^\\*\\*\\s*(\\d+(?:\\.\\d+)+)\\.?\\s+(.+?)\\s*\\*\\*\\s*(.*)$");
    private static final Pattern NAMED_SECTION = Pattern.compile(
            "^(?:\\*\\*)?\\s*(?:Section|SECTION|Sec\\.|§)\\s*(\\d+(?:\\.\\d+)*)((?:\\([A-Za-z0-9]{1,3}\\))*)(.*)$");
    /** What may follow a section number: nothing, "." or ":", a dash, or (for "Section 4.2") a capitalised title. */
    private static final Pattern SECTION_TAIL = Pattern.compile("^\\s*(?:\\*\\*)?\\s*$|^[.:]|^\\s+[-–—]\\s");
    private static final Pattern NUMBERED_SECTION = Pattern.compile("^(\\d+(?:\\.\\d+)+)\\.?\\s+(\\S.*)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*[-–]?\\s*(?:page\\s+)?(?:\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|(?-i:[ivxlc]{1,6}))\\s*[-–]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_OF_CONTENTS_ENTRY = Pattern.compile("(?:\\.\\s?){4,}\\s*\\d*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•▪◦]|\\(?\\d{1,2}[.)]|\\(?[a-zA-Z][.)]|\\([ivxlIVXL]{1,5}\\))\\s+\\S.*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern HTML_ONLY = Pattern.compile("^\\s*</?[a-zA-Z][^>]*>?\\s*$|^\\s*[a-z-]+=\"[^\"]*\"\\s*>?\\s*$");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ArticleBuilder> articles = new ArrayList<>();
    private final boolean markdown;

    private AgreementParser(boolean markdown) {
        this.markdown = markdown;
    }

    static ImportPreview parse(String format, List<Line> lines, boolean markdown) {
        AgreementParser parser = new AgreementParser(markdown);
        parser.run(lines);
        return new ImportPreview(format, parser.articles.stream().map(ArticleBuilder::build).toList(), List.copyOf(parser.problems));
    }

    private void run(List<Line> source) {
        List<Line> lines = withoutNoise(source);
        ArticleBuilder article = null;
        SectionBuilder section = null;
        int firstContent = -1;
        int lastPreamble = -1;
        int letters = 0;
        boolean blankBefore = true;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (text.isBlank()) {
                if (section != null) {
                    section.blank();
                }
                blankBefore = true;
                continue;
            }
            Heading heading = heading(line, blankBefore, article != null && !article.number.matches("[0-9IVXLCDM]+[A-Z]?"));
            if (heading != null && heading.kind == HeadingKind.LETTER_DIVIDER) {
                blankBefore = true;
                continue;
            }
            if (heading != null && heading.kind != HeadingKind.SECTION) {
                if (heading.kind == HeadingKind.LETTER) {
                    letters++;
                    heading = new Heading(HeadingKind.LETTER, "LOA " + letters, heading.title, heading.rest, heading.misspelled);
                    if (heading.title.isBlank() && i + 1 < lines.size() && !lines.get(i + 1).text().isBlank()
                            && lines.get(i + 1).text().strip().length() <= 120) {
                        i++;
                        heading = new Heading(HeadingKind.LETTER, heading.number, strip(lines.get(i).text()), "", false);
                    }
                }
                if (article != null && article.number.equals(heading.number) && article.title.equalsIgnoreCase(heading.title)) {
                    blankBefore = true; // the same heading again at the top of a page: a running header
                    continue;
                }
                if (heading.misspelled) {
                    problems.add(ImportProblem.warning(line.number(), "'" + text.strip() + "' looks like a misprinted article heading; read as Article "
                            + heading.number + "."));
                }
                for (ArticleBuilder earlier : articles) {
                    if (earlier.number.equals(heading.number)) {
                        problems.add(ImportProblem.error(line.number(), "Article " + heading.number + " appears twice (lines "
                                + earlier.line + " and " + line.number() + "): its sections could not be told apart."));
                    }
                }
                if (article != null) {
                    article.close(problems);
                }
                article = new ArticleBuilder(heading.number, heading.title, line.number());
                articles.add(article);
                section = article.preamble(line.number());
                if (!heading.rest.isBlank()) {
                    section.text(heading.rest, line);
                }
                blankBefore = false;
                continue;
            }
            if (article == null) {
                if (firstContent < 0) {
                    firstContent = line.number();
                }
                lastPreamble = line.number();
                blankBefore = false;
                continue;
            }
            if (heading != null) {
                String number = qualified(article, heading.number, line);
                section = article.section(number, heading.title, line.number());
                if (!heading.rest.isBlank()) {
                    section.text(heading.rest, line);
                }
                blankBefore = false;
                continue;
            }
            section.text(text, line);
            blankBefore = false;
        }
        if (article != null) {
            article.close(problems);
        }
        if (firstContent >= 0 && articles.size() > 0) {
            problems.add(0, ImportProblem.warning(firstContent, "Lines " + firstContent + "–" + lastPreamble
                    + " come before the first article (title page, table of contents or preamble) and were not imported."));
        }
        if (articles.isEmpty()) {
            problems.add(ImportProblem.error(1, "No article headings were found. Parley looks for lines such as "
                    + "'ARTICLE 13 – PAID TIME OFF', 'Article 4', '## ARTICLE 1—RECOGNITION', 'LETTER OF AGREEMENT' or "
                    + "'APPENDIX A', followed by sections such as 'Section 4.2', 'Section 1.' or '4.2.1 Title'."));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (ArticleBuilder a : articles) {
            for (SectionBuilder s : a.sections) {
                Integer earlier = seen.putIfAbsent(s.number, s.line);
                if (earlier != null) {
                    problems.add(ImportProblem.error(s.line, "Section " + s.number + " appears twice (lines " + earlier + " and "
                            + s.line + "); a heading between them may be missing or misprinted."));
                }
            }
        }
    }

    private enum HeadingKind { ARTICLE, LETTER, LETTER_DIVIDER, APPENDIX, SECTION }

    private record Heading(HeadingKind kind, String number, String title, String rest, boolean misspelled) {
    }

    /** Reads a line as a heading, or returns null for body text. */
    private Heading heading(Line line, boolean blankBefore, boolean inLetterOrAppendix) {
        String raw = line.text().strip();
        boolean marked = line.hint() == Line.Hint.HEADING;
        Matcher md = MARKDOWN_HEADING.matcher(raw);
        if (md.matches()) {
            raw = md.group(1).strip();
            marked = true;
        }
        String text = raw.replaceAll("^(\\*\\*|__)(.*?)(\\*\\*|__)$", "$2").strip();
        if (text.isEmpty() || line.hint() == Line.Hint.TABLE_ROW) {
            return null;
        }
        boolean headingPosition = marked || blankBefore;
        Matcher article = ARTICLE.matcher(text);
        if (article.matches() && headingPosition) {
            String word = article.group(1);
            boolean caps = word.equals(word.toUpperCase(Locale.ROOT));
            boolean separated = article.group(3) != null || article.group(4).isEmpty();
            // "Article 22: Salary Administration" inside a letter of agreement names the article it modifies
            boolean titled = separated && !inLetterOrAppendix && (article.group(4).isEmpty()
                    || isShortTitle(article.group(4)) && !article.group(4).matches(".*[;,]\\s*\\S.*"));
            if (marked || caps || titled) {
                boolean misspelled = !word.equalsIgnoreCase("article");
                return new Heading(HeadingKind.ARTICLE, article.group(2).toUpperCase(Locale.ROOT), cleanTitle(article.group(4)), "",
                        misspelled);
            }
        }
        Matcher letter = LETTER.matcher(text);
        if (letter.matches() && headingPosition && (marked || isUpper(letter.group(1)))) {
            if (letter.group(1).toUpperCase(Locale.ROOT).startsWith("LETTERS") && letter.group(2).isBlank()) {
                return new Heading(HeadingKind.LETTER_DIVIDER, "", "", "", false);
            }
            return new Heading(HeadingKind.LETTER, "", cleanTitle(letter.group(2)), "", false);
        }
        Matcher appendix = APPENDIX.matcher(text);
        if (appendix.matches() && headingPosition && (marked || isUpper(appendix.group(1)))) {
            String word = appendix.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + appendix.group(1).substring(1).toLowerCase(Locale.ROOT);
            return new Heading(HeadingKind.APPENDIX, word + " " + appendix.group(2), cleanTitle(appendix.group(3)), "", false);
        }
        String body = line.text().strip();
        Matcher bold = BOLD_SECTION.matcher(body);
        if (bold.matches()) {
            return new Heading(HeadingKind.SECTION, bold.group(1), cleanTitle(bold.group(2)), bold.group(3), false);
        }
        Matcher named = NAMED_SECTION.matcher(marked ? text : body);
        if (named.matches()) {
            String tail = named.group(3);
            boolean dotted = named.group(1).contains(".");
            if (SECTION_TAIL.matcher(tail).find() || dotted && tail.matches("^\\s+[A-Z].*")) {
                String[] titleAndRest = titleAndRest(tail.replaceFirst("^\\s*(?:\\*\\*)?\\s*[.:]?\\s*(?:[-–—]\\s*)?", ""));
                return new Heading(HeadingKind.SECTION, named.group(1) + named.group(2), titleAndRest[0], titleAndRest[1], false);
            }
        }
        Matcher numbered = NUMBERED_SECTION.matcher(marked ? text : body);
        if (numbered.matches() && (headingPosition || marked)) {
            String[] titleAndRest = titleAndRest(numbered.group(2));
            return new Heading(HeadingKind.SECTION, numbered.group(1), titleAndRest[0], titleAndRest[1], false);
        }
        return null;
    }

    /** "13.1" for "Section 1" in Article 13; numbers that already carry their article stay as they are. */
    private String qualified(ArticleBuilder article, String number, Line line) {
        String articleNumber = arabic(article.number);
        if (!number.contains(".")) {
            return articleNumber + "." + number;
        }
        String first = number.substring(0, number.indexOf('.'));
        if (!first.equals(articleNumber) && articleNumber.matches("\\d+")) {
            problems.add(ImportProblem.warning(line.number(), "Section " + number + " is under " + article.label()
                    + "; check the numbering."));
        }
        return number;
    }

    /** Splits "Bulletin Boards. The university shall…" into a short title and the text after it. */
    private static String[] titleAndRest(String rest) {
        String text = rest.strip().replaceAll("\\*\\*", "").strip();
        if (text.isEmpty()) {
            return new String[] {"", ""};
        }
        Matcher m = Pattern.compile("^([^.]{1,80}?)\\.(?:\\s+(.*))?$").matcher(text);
        if (m.matches() && isShortTitle(m.group(1)) && isTitleCase(m.group(1))) {
            return new String[] {m.group(1).strip(), m.group(2) == null ? "" : m.group(2)};
        }
        if (text.length() <= 80 && !text.endsWith(".") && text.split("\\s+").length <= 6 && isTitleCase(text)) {
            return new String[] {text, ""};
        }
        return new String[] {"", text};
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "and", "as", "at", "by", "for", "from",
            "in", "of", "on", "or", "the", "to", "with", "&", "–", "-", "—", "/");

    /** "Bulletin Boards", "Pre-Disciplinary Notice and Meeting": most words capitalised, as headings are. */
    private static boolean isTitleCase(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        int capitalised = 0;
        int counted = 0;
        for (String word : words) {
            if (SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))) {
                capitalised++;
            }
        }
        return counted == 0 || capitalised * 4 >= counted * 3;
    }

    private static boolean isShortTitle(String title) {
        return title != null && !title.isBlank() && title.strip().split("\\s+").length <= 10 && title.strip().length() <= 100;
    }

    private static boolean isUpper(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static String cleanTitle(String title) {
        return strip(title).replaceAll("[.:]+$", "").strip();
    }

    private static String strip(String text) {
        return text == null ? "" : text.replaceAll("\\*\\*|__", "").strip();
    }

    /** Drops page numbers, running headers and footers, table-of-contents entries and stray HTML. */
    private List<Line> withoutNoise(List<Line> lines) {
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
        List<Line> kept = new ArrayList<>();
        int pageLines = 0;
        int repeated = 0;
        int contents = 0;
        boolean inFrontMatter = markdown && !lines.isEmpty() && lines.get(0).text().strip().equals("---");
        boolean inContents = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text().replace("\f", "").replace('\u00A0', ' ');
            if (line.text().indexOf('\f') >= 0 && !kept.isEmpty() && !kept.get(kept.size() - 1).text().isBlank()
                    && (ARTICLE.matcher(text.strip()).matches() || LETTER.matcher(text.strip()).matches())) {
                kept.add(Line.of(line.number(), "")); // a heading at the top of a page starts a new block
            }
            if (inFrontMatter) {
                if (i > 0 && text.strip().equals("---")) {
                    inFrontMatter = false;
                }
                continue;
            }
            if (text.strip().matches("(?i)(table of )?contents")) {
                inContents = true;
                contents++;
                continue;
            }
            if (inContents) {
                // entries end with their page number, or wrap onto an indented line that does
                if (text.isBlank() || text.strip().matches(".*\\d{1,3}$") || nextEndsWithPage(lines, i)) {
                    contents += text.isBlank() ? 0 : 1;
                    continue;
                }
                inContents = false;
            }
            if (line.hint() == Line.Hint.NONE) {
                if (PAGE_NUMBER.matcher(text).matches() && !text.isBlank()) {
                    pageLines++;
                    joinAcrossBreak(kept);
                    continue;
                }
                if (TABLE_OF_CONTENTS_ENTRY.matcher(text).find()) {
                    contents++;
                    if (Character.isWhitespace(text.charAt(0)) && !kept.isEmpty() && !kept.get(kept.size() - 1).text().isBlank()) {
                        kept.remove(kept.size() - 1); // the first half of an entry wrapped onto this line
                        contents++;
                    }
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
            kept.add(new Line(line.number(), text, line.hint()));
        }
        if (pageLines + repeated > 0) {
            problems.add(ImportProblem.warning(0, "Removed " + pageLines + " page-number lines and " + repeated
                    + " running header or footer lines."));
        }
        if (contents > 0) {
            problems.add(ImportProblem.warning(0, "Skipped " + contents + " table-of-contents lines."));
        }
        return kept;
    }

    private static boolean nextEndsWithPage(List<Line> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            String next = lines.get(j).text();
            if (!next.isBlank()) {
                return Character.isWhitespace(next.charAt(0)) && next.strip().matches(".*\\d{1,3}$");
            }
        }
        return false;
    }

    /** A page break in the middle of a sentence must not split its paragraph: drop the blank lines before it. */
    private static void joinAcrossBreak(List<Line> kept) {
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

    private boolean looksLikeRunningHeader(String text) {
        String t = text.strip();
        return !ARTICLE.matcher(t).matches() && !NAMED_SECTION.matcher(t).matches() && !LETTER.matcher(t).matches()
                && !APPENDIX.matcher(t).matches() && !LIST_ITEM.matcher(t).matches() && !TABLE_ROW.matcher(t).matches();
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("\\d+", "#");
    }

    static String arabic(String number) {
        if (number.matches("[IVXLCDM]+")) {
            int total = 0;
            int previous = 0;
            for (int i = number.length() - 1; i >= 0; i--) {
                int value = switch (number.charAt(i)) {
                    case 'I' -> 1;
                    case 'V' -> 5;
                    case 'X' -> 10;
                    case 'L' -> 50;
                    case 'C' -> 100;
                    case 'D' -> 500;
                    default -> 1000;
                };
                total += value < previous ? -value : value;
                previous = Math.max(previous, value);
            }
            return String.valueOf(total);
        }
        return number;
    }

    private static final class ArticleBuilder {
        final String number;
        final String title;
        final int line;
        final List<SectionBuilder> sections = new ArrayList<>();

        ArticleBuilder(String number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }

        String label() {
            return number.matches("[0-9IVXLCDM]+[A-Z]?") ? "Article " + number : number;
        }

        SectionBuilder preamble(int line) {
            SectionBuilder preamble = new SectionBuilder(arabic(number), "", line);
            sections.add(preamble);
            return preamble;
        }

        SectionBuilder section(String number, String title, int line) {
            SectionBuilder section = new SectionBuilder(number, title, line);
            sections.add(section);
            return section;
        }

        void close(List<ImportProblem> problems) {
            SectionBuilder preamble = sections.get(0);
            if (preamble.isEmpty() && sections.size() > 1) {
                sections.remove(0);
            }
            if (sections.size() == 1 && sections.get(0).isEmpty()) {
                problems.add(ImportProblem.warning(line, label() + " has no text."));
            }
        }

        Article build() {
            return new Article(number, title, sections.stream().map(SectionBuilder::build).toList());
        }
    }

    /** Collects a section's text into paragraphs, list items and table rows. */
    private static final class SectionBuilder {
        final String number;
        final String title;
        final int line;
        final List<String> blocks = new ArrayList<>();
        StringBuilder paragraph;

        SectionBuilder(String number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }

        void blank() {
            flush();
        }

        void text(String text, Line source) {
            String t = text.strip().replaceAll("\\*\\*", "");
            if (t.isEmpty()) {
                return;
            }
            boolean row = source.hint() == Line.Hint.TABLE_ROW || TABLE_ROW.matcher(t).matches();
            boolean item = source.hint() == Line.Hint.LIST_ITEM || LIST_ITEM.matcher(t).matches();
            if (row || item) {
                flush();
                blocks.add(row ? t : t.replaceAll("\\s+", " "));
                return;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(t);
            } else if (paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) == '-'
                    && Character.isLowerCase(t.charAt(0)) && !paragraph.toString().endsWith(" -")) {
                paragraph.append(t); // a word hyphenated across a line break
            } else {
                paragraph.append(' ').append(t);
            }
        }

        void flush() {
            if (paragraph != null) {
                blocks.add(paragraph.toString().replaceAll("\\s+", " ").strip());
                paragraph = null;
            }
        }

        boolean isEmpty() {
            flush();
            return blocks.isEmpty();
        }

        Section build() {
            flush();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) {
                    boolean tight = isRow(blocks.get(i)) && isRow(blocks.get(i - 1));
                    text.append(tight ? "\n" : "\n\n");
                }
                text.append(blocks.get(i));
            }
            return new Section(number, title, text.toString());
        }

        private static boolean isRow(String block) {
            return TABLE_ROW.matcher(block).matches();
        }
    }
}
