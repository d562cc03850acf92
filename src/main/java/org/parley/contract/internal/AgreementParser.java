package org.parley.contract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.contract.Article;
import org.parley.contract.ImportPreview;
import org.parley.contract.ImportProblem;
import org.parley.contract.Section;

/**
 * Finds the top-level units (articles, or numbered sections where an agreement has no articles;
 * letters, memoranda, appendices and schedules as units of their own) and their sections in the
 * lines a format's reader produced, after {@link Noise} has set aside what is not agreement text.
 * {@link Headings} says what a line is; this class keeps the order: a wrapped cross-reference is
 * never a heading, a signature block never starts a unit, a title may stand on the line after
 * "ARTICLE 12", and a person's corrections from the preview ({@link StructureCorrections}) win.
 * Everything it could not place, or placed without being sure, is reported with its line.
 */
final class AgreementParser {

    /** A line of the source, with what the source itself says about it (a style, a list, a font), if anything. */
    record Line(int number, String text, Hint hint) {

        /** HEADING: styled as one; EMPHASIS: bold or larger than the body (may be a heading); LIST_ITEM: a numbered paragraph. */
        enum Hint { NONE, HEADING, EMPHASIS, TABLE_ROW, LIST_ITEM }

        static Line of(int number, String text) {
            return new Line(number, text, Hint.NONE);
        }
    }

    /** At most this many problems are listed one by one; the rest are counted by kind. */
    static final int MAX_LISTED_PROBLEMS = 200;

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportPreview.Heading> headings = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final boolean markdown;
    private final StructureCorrections corrections;

    private AgreementParser(boolean markdown, StructureCorrections corrections) {
        this.markdown = markdown;
        this.corrections = corrections;
    }

    static ImportPreview parse(String format, Layout layout, boolean markdown, StructureCorrections corrections) {
        AgreementParser parser = new AgreementParser(markdown, corrections);
        parser.problems.addAll(layout.notes());
        parser.run(layout.lines());
        return new ImportPreview(format, parser.units.stream().map(Unit::build).toList(), ImportProblems.bounded(parser.problems,
                MAX_LISTED_PROBLEMS), List.copyOf(parser.headings));
    }

    private void run(List<Line> source) {
        List<Line> lines = Noise.without(source, markdown, problems);
        boolean topSections = !hasArticles(lines);
        Unit unit = null;
        Part part = null;
        int firstContent = -1;
        int lastPreamble = -1;
        int letters = 0;
        int topNumber = 0;
        char nextLetter = 'A';
        boolean blankBefore = true;
        boolean inSignatures = false;
        boolean afterHeading = false;
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (text.isBlank()) {
                if (part != null) {
                    part.blank();
                }
                blankBefore = true;
                continue;
            }
            boolean wrapped = !blankBefore && !afterHeading && line.hint() != Line.Hint.HEADING && line.hint() != Line.Hint.EMPHASIS
                    && Headings.endsMidSentence(previous);
            afterHeading = false;
            boolean inNonArticle = unit != null && !unit.numbered();
            StructureCorrections.Role role = corrections.role(line.number());
            // A heading starts a block: after a blank line, or (in text extracted from a PDF, where paragraphs
            // are not always spaced) right after a line that ends a sentence.
            boolean sentenceEnded = !blankBefore && previous.strip().matches(".*[.:;!?”\")]$");
            // a bold "ARTICLE 17" alone on its line starts a block even where the PDF left no space above it
            // (under the last line of a form, say): a label set in heading type is never the middle of a sentence
            boolean label = line.hint() == Line.Hint.EMPHASIS && Headings.isArticleLabel(text);
            Headings.Heading heading = role == StructureCorrections.Role.TEXT ? null
                    : Headings.read(line, (blankBefore || sentenceEnded || label) && !wrapped, inNonArticle, topSections);
            if (heading != null && heading.kind() == Headings.Kind.TOP_SECTION && !blankBefore && line.hint() == Line.Hint.NONE
                    && !Headings.isUpper(heading.title())) {
                heading = null; // "3. The employee shall…" after a sentence is an item of a list, not section 3
            }
            if (heading != null && wrapped && line.hint() != Line.Hint.HEADING) {
                unsure(line, "reads like a heading but continues the sentence of the line before (a wrapped cross-reference?)");
                heading = null;
            }
            if (heading == null && !wrapped && blankBefore && topSections && unit != null && unit.numbered()
                    && (role == StructureCorrections.Role.NONE || role == StructureCorrections.Role.SECTION)) {
                heading = Headings.lettered(line, nextLetter);
            }
            if (heading != null && heading.kind() == Headings.Kind.TOP_SECTION) {
                int n = Integer.parseInt(heading.number());
                boolean strong = blankBefore && (line.hint() != Line.Hint.NONE || Headings.isUpper(heading.title()));
                if (n > topNumber + 1 && n <= topNumber + 3 && strong) {
                    problems.add(ImportProblem.warning(line.number(), "Section " + n + " follows section " + topNumber
                            + ": the heading of section " + (topNumber + 1) + " may be missing or misprinted."));
                } else if (n != topNumber + 1 && role == StructureCorrections.Role.NONE && !(topNumber == 0 && (n <= 2 || strong))
                        && !restartsAfterContents(heading)) {
                    unsure(line, "looks like the heading of section " + n + ", but section " + (topNumber + 1)
                            + " comes next; it was read as text");
                    heading = null;
                }
            }
            if (inSignatures && heading != null && text.strip().length() <= 60 && heading.rest().isBlank()
                    && (heading.kind() == Headings.Kind.SECTION || heading.kind() == Headings.Kind.LETTER && heading.title().isBlank())
                    && role == StructureCorrections.Role.NONE) {
                unsure(line, "stands in a signature block and was read as text");
                heading = null; // names, titles and dates under a signature line are not headings
            }
            if (Headings.SIGNATURE.matcher(text.strip()).find() && text.strip().length() <= 60 && unit != null) {
                inSignatures = true;
            }
            heading = corrected(heading, role, line, unit);
            if (heading != null && heading.kind() == Headings.Kind.LETTER_DIVIDER) {
                blankBefore = true;
                previous = text;
                continue;
            }
            if (heading != null && heading.unit()) {
                if (heading.kind() == Headings.Kind.LETTER) {
                    letters++;
                    heading = new Headings.Heading(Headings.Kind.LETTER, "LOA " + letters, heading.title(), heading.rest(), false);
                }
                if (heading.kind() == Headings.Kind.LETTER && heading.title().isBlank() && i + 1 < lines.size()
                        && !lines.get(i + 1).text().isBlank() && lines.get(i + 1).text().strip().length() <= 120) {
                    i++; // a letter's subject on the line after "LETTER OF AGREEMENT", whatever it names
                    heading = new Headings.Heading(Headings.Kind.LETTER, heading.number(), Headings.strip(lines.get(i).text()), "", false);
                }
                if (heading.title().isBlank() && heading.kind() != Headings.Kind.TOP_SECTION) {
                    int next = nextTitleLine(lines, i);
                    if (next > 0) {
                        i = next;
                        heading = new Headings.Heading(heading.kind(), heading.number(), Headings.cleanTitle(lines.get(next).text()
                                .replaceFirst("^\\s*#{1,6}\\s+", "")), heading.rest(), heading.misspelled());
                    }
                }
                if (unit != null && unit.number.equals(heading.number()) && unit.title.equalsIgnoreCase(heading.title())) {
                    blankBefore = true; // the same heading again at the top of a page: a running header
                    previous = text;
                    continue;
                }
                if (heading.misspelled()) {
                    problems.add(ImportProblem.warning(line.number(), "'" + text.strip() + "' looks like a misprinted article heading; "
                            + "read as Article " + heading.number() + "."));
                }
                String printed = "";
                // a contents page repeated by the body is not a misprint: that is looked at first
                String sequence = role == StructureCorrections.Role.NONE && !restartsAfterContents(heading) ? bySequence(heading) : null;
                if (sequence != null) {
                    Unit repeated = find(heading.number());
                    problems.add(ImportProblem.warning(line.number(), "'" + abbreviated(text.strip()) + "' repeats the number of "
                            + repeated.label() + " (line " + repeated.line + ") where Article " + sequence + " comes next: it was read as "
                            + "Article " + sequence + ", a misprint. Mark the line as a unit heading to keep the number as printed."));
                    printed = heading.number();
                    heading = new Headings.Heading(heading.kind(), sequence, heading.title(), heading.rest(), heading.misspelled());
                }
                if (restartsAfterContents(heading)) {
                    int first = units.get(0).line;
                    int start = line.number();
                    // what was said about the lines of a contents page no longer matters once it is set aside
                    problems.removeIf(p -> p.line() >= first && p.line() < start && p.severity() == ImportProblem.Severity.WARNING);
                    problems.add(ImportProblem.warning(first, "Lines " + first + "–" + (start - 1) + " list headings before the count starts "
                            + "again at line " + start + " ('" + abbreviated(text.strip()) + "'): they were read as a table of contents."));
                    headings.removeIf(h -> h.line() < start);
                    units.clear();
                    unit = null;
                    letters = 0;
                }
                Unit earlier = find(heading.number());
                if (earlier != null && !earlier.isEmpty() && units.subList(0, units.indexOf(earlier) + 1).stream()
                        .allMatch(u -> u.words() < 60)) {
                    // the first units were all a line or two long: they were a contents page, now repeated by the body
                    int through = units.indexOf(earlier) + 1;
                    problems.add(ImportProblem.warning(units.get(0).line, "Lines " + units.get(0).line + "–" + line.number()
                            + " repeat headings that come again with their text: they were read as a table of contents."));
                    int lastContentsLine = line.number();
                    headings.removeIf(h -> h.line() < lastContentsLine);
                    units.subList(0, through).clear();
                    unit = units.isEmpty() ? null : units.get(units.size() - 1);
                    earlier = null;
                }
                if (earlier != null && earlier.isEmpty()) {
                    problems.add(ImportProblem.warning(earlier.line, earlier.label() + " at line " + earlier.line
                            + " has no text and comes again at line " + line.number() + ": the first was read as a table-of-contents entry."));
                    units.remove(earlier);
                    int earlierLine = earlier.line;
                    headings.removeIf(h -> h.line() == earlierLine);
                } else if (earlier != null && !earlier.numbered()) {
                    String base = heading.number();
                    String again = base + " (" + (units.stream().filter(u -> u.number.startsWith(base)).count() + 1) + ")";
                    problems.add(ImportProblem.warning(line.number(), earlier.label() + " comes again at line " + line.number()
                            + "; this one is numbered " + again + "."));
                    heading = new Headings.Heading(heading.kind(), again, heading.title(), heading.rest(), false);
                } else if (earlier != null) {
                    problems.add(ImportProblem.error(line.number(), earlier.label() + " appears twice (lines " + earlier.line
                            + " and " + line.number() + "): its sections could not be told apart. Demote one of them in the preview."));
                }
                if (unit != null) {
                    unit.close(problems);
                }
                if (heading.kind() == Headings.Kind.TOP_SECTION) {
                    topNumber = Integer.parseInt(heading.number());
                }
                nextLetter = 'A';
                inSignatures = false;
                unit = new Unit(heading.number(), heading.title(), line.number(), heading.kind() != Headings.Kind.LETTER
                        && heading.kind() != Headings.Kind.APPENDIX);
                units.add(unit);
                headings.add(new ImportPreview.Heading(line.number(), ImportPreview.Heading.Level.UNIT, unit.number, unit.title, printed));
                part = unit.preamble(line.number());
                if (!heading.rest().isBlank()) {
                    part.text(heading.rest(), line);
                }
                afterHeading = heading.rest().isBlank();
                blankBefore = false;
                previous = text;
                continue;
            }
            if (unit == null) {
                if (firstContent < 0) {
                    firstContent = line.number();
                }
                lastPreamble = line.number();
                blankBefore = false;
                previous = text;
                continue;
            }
            if (heading != null) {
                String number = qualified(unit, heading.number(), line);
                if (heading.number().length() == 1 && Character.isLetter(heading.number().charAt(0))) {
                    nextLetter = (char) (heading.number().charAt(0) + 1);
                }
                part = unit.section(number, heading.title(), line.number());
                headings.add(new ImportPreview.Heading(line.number(), ImportPreview.Heading.Level.SECTION, number, heading.title()));
                if (!heading.rest().isBlank()) {
                    part.text(heading.rest(), line);
                }
                afterHeading = heading.rest().isBlank();
                blankBefore = false;
                previous = text;
                continue;
            }
            part.text(text, line);
            blankBefore = false;
            previous = text;
        }
        if (unit != null) {
            unit.close(problems);
        }
        if (firstContent >= 0 && !units.isEmpty()) {
            problems.add(0, ImportProblem.warning(firstContent, "Lines " + firstContent + "–" + lastPreamble
                    + " come before the first article (cover page, table of contents or preamble) and were set aside."));
        }
        if (units.isEmpty()) {
            problems.add(ImportProblem.error(1, "No article headings were found. Parley looks for lines such as "
                    + "'ARTICLE 13 – PAID TIME OFF', 'Article XII', '10. HOURS OF WORK', 'LETTER OF AGREEMENT' or "
                    + "'APPENDIX A', followed by sections such as 'Section 4.2', 'Section 1.', '12.01' or 'A.'. "
                    + "Mark the headings in the preview, or check that the file is the agreement's text."));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Unit u : units) {
            for (Part s : u.parts) {
                Integer earlier = seen.putIfAbsent(s.number, s.line);
                if (earlier != null) {
                    problems.add(ImportProblem.error(s.line, "Section " + s.number + " appears twice (lines " + earlier + " and "
                            + s.line + "); a heading between them may be missing or misprinted."));
                }
            }
        }
    }

    /** A person's correction from the preview: make this line a unit, a section, or plain text. */
    private static Headings.Heading corrected(Headings.Heading found, StructureCorrections.Role role, Line line, Unit unit) {
        String text = Headings.strip(line.text().replaceFirst("^\\s*#{1,6}\\s+", ""));
        return switch (role) {
            case NONE -> found;
            case TEXT -> null;
            case UNIT -> found != null && found.unit() ? found : new Headings.Heading(Headings.Kind.ARTICLE,
                    found != null ? found.number() : leadingNumber(text, "L" + line.number()),
                    found != null ? found.title() : Headings.cleanTitle(text.replaceFirst("^\\S+\\s*[-–—:.]?\\s*", "")), "", false);
            case SECTION -> found != null && !found.unit() ? found : new Headings.Heading(Headings.Kind.SECTION,
                    found != null ? found.number() : leadingNumber(text, String.valueOf(line.number())),
                    found != null ? found.title() : Headings.cleanTitle(text.replaceFirst("^\\S+\\s*[-–—:.]?\\s*", "")),
                    found != null ? found.rest() : "", false);
        };
    }

    private static String leadingNumber(String text, String otherwise) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:\\w+\\.?\\s+)?([0-9]+(?:\\.[0-9]+)*|[A-Z]|[IVXLC]+)\\b").matcher(text);
        return m.find() && text.length() > 0 ? m.group(1) : otherwise;
    }

    private void unsure(Line line, String why) {
        problems.add(ImportProblem.warning(line.number(), "'" + abbreviated(line.text().strip()) + "' " + why + "."));
    }

    private static String abbreviated(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "…";
    }

    /** Whether the agreement is divided into articles: otherwise its numbered sections are the top-level units. */
    private static boolean hasArticles(List<Line> lines) {
        int articles = 0;
        boolean blank = true;
        for (Line line : lines) {
            if (line.text().isBlank()) {
                blank = true;
                continue;
            }
            Headings.Heading h = Headings.read(line, blank, false, false);
            if (h != null && h.kind() == Headings.Kind.ARTICLE && ++articles >= 3) {
                return true;
            }
            blank = false;
        }
        return false;
    }

    /** The line after "ARTICLE 12" that holds its title, if it is one (not a section or a sentence). */
    private static int nextTitleLine(List<Line> lines, int index) {
        for (int j = index + 1; j < lines.size() && j <= index + 3; j++) {
            Line next = lines.get(j);
            String t = next.text().strip().replaceFirst("^#{1,6}\\s+", "").replaceAll("\\*\\*", "").strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean section = Headings.read(next, true, false, false) != null;
            return !section && t.length() <= 160 && Headings.isTitle(t) && !t.matches(".*\\.\\s*$") ? j : -1;
        }
        return -1;
    }

    /**
     * Whether this heading starts the count of units again ("ARTICLE 1" after "ARTICLE 33") after units
     * that were mostly a line or two long: those were a table of contents whose entries carry no page
     * numbers (an OCR'd contents page loses them), and the body starts here.
     */
    private boolean restartsAfterContents(Headings.Heading heading) {
        String number = arabic(heading.number());
        if (heading.kind() != Headings.Kind.ARTICLE && heading.kind() != Headings.Kind.TOP_SECTION || !number.matches("\\d{1,3}")
                || units.size() < 3) {
            return false;
        }
        Integer last = lastNumber();
        if (last == null || Integer.parseInt(number) > last) {
            return false;
        }
        long[] words = units.stream().mapToLong(Unit::words).sorted().toArray();
        return words[words.length / 2] < 60;
    }

    /**
     * The number a unit heading stands for where the document misprints it: "ARTICLE XIX" right after
     * Article XXVIII, when Article XIX has been and XXIX has not, is XXIX with an X dropped. A printed
     * number that repeats an earlier unit's, one character away from the next number in the same
     * numerals, is read by the sequence (and the preview says so); anything else is left as printed.
     */
    private String bySequence(Headings.Heading heading) {
        String printed = heading.number();
        Unit repeated = find(printed);
        if (heading.kind() != Headings.Kind.ARTICLE && heading.kind() != Headings.Kind.TOP_SECTION || repeated == null
                || repeated.isEmpty()) {
            return null;
        }
        Integer last = lastNumber();
        if (last == null) {
            return null;
        }
        String next = printed.matches("[IVXLCDM]+") ? DocxLayout.Numbering.format(last + 1, "upperRoman") : String.valueOf(last + 1);
        return units.stream().noneMatch(u -> arabic(u.number).equals(String.valueOf(last + 1))) && oneEditApart(printed, next)
                ? next : null;
    }

    /** The number of the last numbered unit so far, where it is a plain number ("12", "XII"). */
    private Integer lastNumber() {
        for (int i = units.size() - 1; i >= 0; i--) {
            String number = arabic(units.get(i).number);
            if (units.get(i).numbered() && number.matches("\\d{1,3}")) {
                return Integer.valueOf(number);
            }
        }
        return null;
    }

    /** Whether one character inserted, dropped or changed turns one label into the other. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < Math.min(a.length(), b.length()) - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return i + j >= Math.max(a.length(), b.length()) - 1;
    }

    private Unit find(String number) {
        return units.stream().filter(u -> u.number.equals(number)).findFirst().orElse(null);
    }

    /** "13.1" for "Section 1" in Article 13; numbers that already carry their unit stay as they are. */
    private String qualified(Unit unit, String number, Line line) {
        String unitNumber = Headings.arabic(unit.number);
        if (!unit.numbered()) {
            String letter = unit.number.replaceFirst("^\\S+\\s+", "");
            return number.startsWith(letter + ".") ? unit.number.replaceFirst("\\s+\\S+$", "") + " " + number : unit.number + "." + number;
        }
        if (!number.contains(".")) {
            return unitNumber + "." + number;
        }
        String first = number.substring(0, number.indexOf('.'));
        if (!first.equals(unitNumber) && unitNumber.matches("\\d+")) {
            problems.add(ImportProblem.warning(line.number(), "Section " + number + " is under " + unit.label()
                    + "; check the numbering."));
        }
        return number;
    }

    static String arabic(String number) {
        return Headings.arabic(number);
    }

    /** A top-level unit: an article, a top-level numbered section, a letter or an appendix. */
    private static final class Unit {
        final String number;
        final String title;
        final int line;
        final boolean numbered;
        final List<Part> parts = new ArrayList<>();

        Unit(String number, String title, int line, boolean numbered) {
            this.number = number.length() > 40 ? number.substring(0, 40) : number;
            this.title = title;
            this.line = line;
            this.numbered = numbered;
        }

        boolean numbered() {
            return numbered;
        }

        String label() {
            return numbered ? "Article " + number : number;
        }

        Part preamble(int line) {
            Part preamble = new Part(arabic(number), "", line);
            parts.add(preamble);
            return preamble;
        }

        Part section(String number, String title, int line) {
            Part section = new Part(number, title, line);
            parts.add(section);
            return section;
        }

        boolean isEmpty() {
            return parts.stream().allMatch(Part::isEmpty);
        }

        long words() {
            return parts.stream().mapToLong(Part::words).sum();
        }

        void close(List<ImportProblem> problems) {
            Part preamble = parts.get(0);
            if (preamble.isEmpty() && parts.size() > 1) {
                parts.remove(0);
            }
            if (parts.size() == 1 && parts.get(0).isEmpty()) {
                problems.add(ImportProblem.warning(line, label() + " has no text."));
            }
        }

        Article build() {
            return new Article(number, title, parts.stream().map(Part::build).toList());
        }
    }

    /** Collects a section's text into paragraphs, list items (with their continuation lines) and table rows. */
    private static final class Part {
        final String number;
        final String title;
        final int line;
        final List<String> blocks = new ArrayList<>();
        StringBuilder paragraph;

        Part(String number, String title, int line) {
            this.number = number.length() > 60 ? number.substring(0, 60) : number;
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
            boolean row = source.hint() == Line.Hint.TABLE_ROW || Noise.TABLE_ROW.matcher(t).matches();
            if (row || source.hint() == Line.Hint.LIST_ITEM) {
                flush();
                blocks.add(row ? t : t.replaceAll("\\s+", " "));
                return;
            }
            if (Noise.LIST_ITEM.matcher(t).matches()) {
                flush(); // "(A) text" starts an item; the lines after it, up to a blank or the next item, continue it
                paragraph = new StringBuilder(t);
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

        long words() {
            // counted without closing the paragraph being collected: the next line may still continue it
            return blocks.stream().mapToLong(b -> b.split("\\s+").length).sum()
                    + (paragraph == null ? 0 : paragraph.toString().strip().split("\\s+").length);
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
            return Noise.TABLE_ROW.matcher(block).matches();
        }
    }
}
