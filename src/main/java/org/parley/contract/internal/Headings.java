package org.parley.contract.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line as a heading of an agreement: an article ("ARTICLE 12", "Article XII: Title",
 * "Art. 12"), a letter of agreement, memorandum or side letter, an appendix, schedule, exhibit,
 * attachment or addendum, a top-level numbered section of an agreement without articles
 * ("10. HOURS OF WORK", "Section 10 – Hours of Work"), or a section inside a unit ("Section 4.2",
 * "12.01", "12.01.1(a)", "A.01", "**1.1 Title.**"). Where a line only looks like a heading, it says why not.
 */
final class Headings {

    enum Kind { ARTICLE, LETTER, LETTER_DIVIDER, APPENDIX, TOP_SECTION, SECTION }

    record Heading(Kind kind, String number, String title, String rest, boolean misspelled) {

        boolean unit() {
            return kind != Kind.SECTION;
        }
    }

    static final String DASHES = "[-–—:.]";
    static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*)$");
    static final Pattern ARTICLE = Pattern.compile(
            "^((?i:article|articl|artcle|artice|art\\.|alticle))\\.?\\s*([0-9]{1,3}[A-Z]?|[IVXLCDM]{1,8}|[A-G]\\.\\d{1,2})(?![\\w.,(])\\s*("
                    + DASHES + "+)?\\s*(.*?)\\s*$");
    static final Pattern LETTER = Pattern.compile(
            "^(LETTERS? OF (?:AGREEMENT|UNDERSTANDING|INTENT)|MEMORAND(?:UM|A) OF (?:UNDERSTANDING|AGREEMENT)|SIDE LETTERS?"
                    + "|MOU|MOA|LOA|LOU)\\b\\s*(?:#?\\s*(?:No\\.?\\s*)?[0-9A-Z]{1,3}\\b)?\\s*(?:" + DASHES + "+\\s*)?(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern APPENDIX = Pattern.compile(
            "^(APPENDIX|Appendix|EXHIBIT|Exhibit|SCHEDULE|Schedule|ATTACHMENT|Attachment|ADDENDUM|Addendum|ANNEX|Annex)\\s+"
                    + "[\"“]?([A-Z]{1,2}|\\d{1,2}|[IVX]{1,4})[\"”]?(?![\\w,(])\\s*(?:" + DASHES + "+\\s*)?(.*?)\\s*$");
    static final Pattern BOLD_SECTION = Pattern.compile("^\\*\\*\\s*(\\d+(?:\\.\\d+)+)\\.?\\s+(.+?)\\s*\\*\\*\\s*(.*)$");
    static final Pattern NAMED_SECTION = Pattern.compile(
            "^(?:\\*\\*)?\\s*(?:Section|SECTION|Sec\\.|SEC\\.|§)\\s*(\\d+(?:\\.\\d+)*)((?:\\([A-Za-z0-9]{1,3}\\))*)(.*)$");
    /** What may follow a section number: nothing, "." or ":", a dash, or (for "Section 4.2") a capitalised title. */
    static final Pattern SECTION_TAIL = Pattern.compile("^\\s*(?:\\*\\*)?\\s*$|^[.:]|^\\s+[-–—]\\s");
    static final Pattern NUMBERED_SECTION = Pattern.compile(
            "^((?:\\d+|[A-Z])(?:\\.\\d+)+(?:\\([a-zA-Z0-9]{1,3}\\))*)\\.?\\s+(\\S.*)$");
    /** "10. HOURS OF WORK", "1   Agreement Formalities", "Section 10 – Hours of Work": a top unit without articles. */
    static final Pattern TOP_SECTION = Pattern.compile(
            "^(?:(?i:section|sec\\.)\\s+)?(\\d{1,3})(?:\\.|\\s{2,}|\\s+[-–—:]\\s*|\\s)\\s*(\\S.*?)\\s*$");
    static final Pattern LETTERED = Pattern.compile("^\\(?([A-Z])[.)]\\s+(\\S.*)$");
    /** A table-of-contents line: a title and its page number, with or without dot leaders. */
    static final Pattern TOC_ENTRY = Pattern.compile("(?:(?:\\.\\s?){4,}|…+|_{3,}|\\s{2,})\\s*\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s*$");
    static final Pattern SIGNATURE = Pattern.compile(
            "(?i)^(?:in witness whereof|signed (?:this|on|at)\\b|signatures?:?$|for the (?:union|employer|district|city|county|"
                    + "company|university|association|guild|agency|board|town|state|federation|college|hospital)\\b|_{5,}|"
                    + "executed (?:this|on)\\b|agreed (?:to )?(?:and accepted|by)\\b|dated?:)");

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from",
            "in", "of", "on", "or", "the", "to", "with", "&", "–", "-", "—", "/", "its", "their", "per", "into", "under", "et", "al", "al.");

    private Headings() {
    }

    /**
     * Reads a line as a heading, or returns null for body text.
     *
     * @param headingPosition the line starts a block (a blank line or a page break before it, or a source heading)
     * @param inLetterOrAppendix the line is inside a letter or appendix, where "Article 22: Salary" names the article it modifies
     * @param topSections the agreement has no articles: numbered sections are its top-level units
     */
    static Heading read(AgreementParser.Line line, boolean headingPosition, boolean inLetterOrAppendix, boolean topSections) {
        String raw = line.text().strip();
        boolean marked = line.hint() == AgreementParser.Line.Hint.HEADING;
        Matcher md = MARKDOWN_HEADING.matcher(raw);
        if (md.matches()) {
            raw = md.group(1).strip();
            marked = true;
        }
        String text = raw.replaceAll("^(\\*\\*|__)(.*?)(\\*\\*|__)$", "$2").replaceAll("^\\[(.*)]\\([^)]*\\)$", "$1").strip();
        if (text.isEmpty() || line.hint() == AgreementParser.Line.Hint.TABLE_ROW) {
            return null;
        }
        if (text.length() > 400) {
            return section(line, marked, text, headingPosition); // a unit heading is never a paragraph long
        }
        headingPosition = headingPosition || marked;
        Matcher article = ARTICLE.matcher(text);
        if (article.matches() && headingPosition && !TOC_ENTRY.matcher(text).find()) {
            String word = article.group(1);
            boolean caps = word.equals(word.toUpperCase(Locale.ROOT));
            String title = article.group(4);
            boolean separated = article.group(3) != null || title.isEmpty() || text.matches("(?i)^\\S+\\s*\\S+(?:\\s{2,}|\\t).*");
            boolean titleLike = title.isEmpty() || isTitle(title);
            // "Article 22: Salary Administration" inside a letter of agreement names the article it modifies
            boolean titled = separated && !inLetterOrAppendix && titleLike;
            // "Article I General Purpose": a short title-cased line after a paragraph break, not "Article VII unless…"
            boolean spaced = !inLetterOrAppendix && !title.isEmpty() && titleLike && text.length() <= 90
                    && title.split("\\s+").length <= 12 && !title.matches(".*[.;]$|^\\(.*");
            if (marked || caps && titleLike || titled || spaced) {
                boolean misspelled = !word.equalsIgnoreCase("article") && !word.equalsIgnoreCase("art.");
                return new Heading(Kind.ARTICLE, article.group(2).toUpperCase(Locale.ROOT), cleanTitle(title), "", misspelled);
            }
        }
        Matcher letter = LETTER.matcher(text);
        if (letter.matches() && headingPosition && (marked || isUpper(letter.group(1))) && !TOC_ENTRY.matcher(text).find()
                && letter.group(2).length() <= 200) {
            if (letter.group(1).toUpperCase(Locale.ROOT).matches("LETTERS.*|SIDE LETTERS") && letter.group(2).isBlank()) {
                return new Heading(Kind.LETTER_DIVIDER, "", "", "", false);
            }
            return new Heading(Kind.LETTER, "", cleanTitle(letter.group(2)), "", false);
        }
        Matcher appendix = APPENDIX.matcher(text);
        if (appendix.matches() && headingPosition && (marked || isUpper(appendix.group(1)) || isTitle(appendix.group(3))
                && !appendix.group(3).isBlank()) && !TOC_ENTRY.matcher(text).find() && appendix.group(3).length() <= 200
                && !appendix.group(3).matches("(?i)^(?:of|to|and|shall|is|are|which|in)\\b.*")) {
            String word = appendix.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
                    + appendix.group(1).substring(1).toLowerCase(Locale.ROOT);
            String number = word + " " + appendix.group(2);
            String title = appendix.group(3);
            Matcher inner = APPENDIX.matcher(title);
            if (inner.matches()) { // "Appendix F Addendum A – MOU regarding…": the addendum of an appendix
                number += ", " + inner.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + inner.group(1).substring(1).toLowerCase(Locale.ROOT)
                        + " " + inner.group(2);
                title = inner.group(3);
            }
            return new Heading(Kind.APPENDIX, number, cleanTitle(title), "", false);
        }
        if (topSections && headingPosition && !inLetterOrAppendix) {
            Matcher top = TOP_SECTION.matcher(text);
            if (top.matches() && isTopTitle(top.group(2), marked || line.hint() == AgreementParser.Line.Hint.EMPHASIS)
                    && !TOC_ENTRY.matcher(text).find()) {
                return new Heading(Kind.TOP_SECTION, top.group(1), cleanTitle(top.group(2)), "", false);
            }
        }
        return section(line, marked, text, headingPosition);
    }

    private static Heading section(AgreementParser.Line line, boolean marked, String text, boolean headingPosition) {
        String body = line.text().strip();
        Matcher bold = BOLD_SECTION.matcher(body);
        if (bold.matches()) {
            return new Heading(Kind.SECTION, bold.group(1), cleanTitle(bold.group(2)), bold.group(3), false);
        }
        Matcher named = NAMED_SECTION.matcher(marked ? text : body);
        if (named.matches() && !TOC_ENTRY.matcher(text).find()) {
            String tail = named.group(3);
            boolean dotted = named.group(1).contains(".");
            if (SECTION_TAIL.matcher(tail).find() || dotted && tail.matches("^\\s+[A-Z].*")) {
                String[] titleAndRest = titleAndRest(tail.replaceFirst("^\\s*(?:\\*\\*)?\\s*[.:]?\\s*(?:[-–—]\\s*)?", ""));
                return new Heading(Kind.SECTION, named.group(1) + named.group(2), titleAndRest[0], titleAndRest[1], false);
            }
        }
        Matcher numbered = NUMBERED_SECTION.matcher(marked ? text : body);
        if (numbered.matches() && headingPosition && !TOC_ENTRY.matcher(text).find()) {
            String[] titleAndRest = titleAndRest(numbered.group(2));
            return new Heading(Kind.SECTION, numbered.group(1), titleAndRest[0], titleAndRest[1], false);
        }
        return null;
    }

    /** "ARTICLE 17" alone on its line, in capitals: the label of an article whose title stands on the next line. */
    static boolean isArticleLabel(String text) {
        Matcher article = ARTICLE.matcher(text.strip());
        return article.matches() && article.group(3) == null && article.group(4).isEmpty() && isUpper(article.group(1));
    }

    /** A lettered subsection heading of a top-level numbered section: "A. Overtime", "B. SHIFT DIFFERENTIAL". */
    static Heading lettered(AgreementParser.Line line, char expected) {
        Matcher m = LETTERED.matcher(line.text().strip().replaceAll("\\*\\*", ""));
        if (!m.matches() || m.group(1).charAt(0) != expected) {
            return null;
        }
        String[] titleAndRest = titleAndRest(m.group(2));
        return new Heading(Kind.SECTION, m.group(1), titleAndRest[0], titleAndRest[1], false);
    }

    /** A title as headings set it: capitalised words, no sentence after it, not overly long. */
    static boolean isTitle(String title) {
        String t = cleanTitle(title);
        if (t.isEmpty()) {
            return true;
        }
        String[] words = t.split("\\s+");
        return words.length <= 30 && t.length() <= 250 && !t.matches(".*[.;]\\s+\\p{Ll}.*|.*;.*|.*,$") && (isUpper(t) || isTitleCase(t));
    }

    /** The title of a top-level numbered section: capitals, or a short title-cased phrase (not a sentence). */
    private static boolean isTopTitle(String title, boolean emphasised) {
        String t = cleanTitle(title);
        if (t.isEmpty() || !Character.isLetter(t.codePointAt(0)) || t.length() > 120 || t.matches(".*(?:[$€£]|\\d[\\d,.]{3,}).*")) {
            return false;
        }
        int words = t.split("\\s+").length;
        boolean letters = t.chars().filter(Character::isLetter).count() * 2 > t.length();
        if (!letters || title.strip().matches(".*\\p{Ll}[.;]\\s+\\S.*") && !isUpper(t)) {
            return false;
        }
        return isUpper(t) && words <= 14 || (emphasised || !title.strip().endsWith(".")) && words <= 10 && isTitleCase(t);
    }

    /** Splits "Bulletin Boards. The university shall…" into a short title and the text after it. */
    static String[] titleAndRest(String rest) {
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

    /** "Bulletin Boards", "Pre-Disciplinary Notice and Meeting": most words capitalised, as headings are. */
    static boolean isTitleCase(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].codePointAt(0))
                && !Character.isDigit(words[0].codePointAt(0))) {
            return false;
        }
        int capitalised = 0;
        int counted = 0;
        for (String word : words) {
            String bare = word.replaceAll("^[(\"“'‘]+", "");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT).replaceAll("[,;:]$", ""))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(bare.codePointAt(0)) || !Character.isLetter(bare.codePointAt(0))) {
                capitalised++;
            }
        }
        return counted == 0 || capitalised * 4 >= counted * 3;
    }

    static boolean isShortTitle(String title) {
        return title != null && !title.isBlank() && title.strip().split("\\s+").length <= 10 && title.strip().length() <= 100;
    }

    static boolean isUpper(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter);
    }

    static String cleanTitle(String title) {
        String t = strip(title).replaceAll("[.:]+$", "").replaceAll("\\s+", " ").strip();
        return t.length() > 480 ? t.substring(0, 480) + "…" : t;
    }

    static String strip(String text) {
        return text == null ? "" : text.replaceAll("\\*\\*|__", "").strip();
    }

    /** "Article 8," "as provided in", "and": a line that ends mid-sentence, so the next line continues it. */
    static boolean endsMidSentence(String previous) {
        String p = previous.strip();
        if (p.isEmpty() || p.matches(".*[.:;!?”\")]$")) {
            return false;
        }
        return p.matches("(?is).*(?:,|\\b(?:in|of|to|and|or|under|per|see|with|by|the|under|pursuant to|provided in|article\\s+\\S+"
                + "|articles|section|sections|appendix|a|an|at|for|from|on|that|this|as))$") || p.length() > 50;
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
}
