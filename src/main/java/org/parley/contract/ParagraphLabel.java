package org.parley.contract;

/**
 * Whether a line opens with the label of a paragraph or list item, where the redline starts a new
 * paragraph ({@link ParagraphPairing}). Read by hand rather than with a regular expression, since
 * the redline asks it of every line of both texts; it recognises exactly what this pattern does
 * from the start of the line ({@code lookingAt}), which {@code ParagraphLabelTest} checks:
 * <pre>
 * [ \t]*(?:&gt;[ \t]*)*(?:\*\*|__)?(?:#{1,6}\s|[-*+•–][ \t]
 *   |\((?:\d{1,3}|[A-Za-z]{1,2}|[ivxlcdmIVXLCDM]{1,6})\)
 *   |(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]{1,2}|[ivxlcdmIVXLCDM]{1,6})[.)](?=\s)
 *   |\d{1,3}(?:\.\d{1,3})+(?=\s)
 *   |(?i:article|section|appendix|schedule|exhibit|addendum|attachment|annex)\b|§)
 * </pre>
 * that is a quotation mark or emphasis before it aside: a Markdown heading, a bullet, "(a)", "(12)",
 * "(iv)", "A.", "b)", "iv.", "12.", "12.01", "12.01.3)", a keyword that opens a unit or "§".
 */
final class ParagraphLabel {

    private static final String[] KEYWORDS = {"article", "section", "appendix", "schedule", "exhibit", "addendum", "attachment", "annex"};

    private ParagraphLabel() {
    }

    /** Whether line [from, to) of the text opens with a label. */
    static boolean opens(char[] text, int from, int to) {
        int i = from;
        while (i < to && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        while (i < to && text[i] == '>') {
            i++;
            while (i < to && (text[i] == ' ' || text[i] == '\t')) {
                i++;
            }
        }
        if (i + 1 < to && (text[i] == '*' && text[i + 1] == '*' || text[i] == '_' && text[i + 1] == '_')) {
            i += 2;
        }
        if (i >= to) {
            return false;
        }
        char c = text[i];
        if (c == '#') {
            int hashes = run(text, i, to, '#');
            return hashes <= 6 && space(text, i + hashes, to);
        }
        if (c == '-' || c == '*' || c == '+' || c == '•' || c == '–') {
            return i + 1 < to && (text[i + 1] == ' ' || text[i + 1] == '\t');
        }
        if (c == '§') {
            return true;
        }
        if (c == '(') {
            return enclosed(text, i + 1, to);
        }
        if (digit(c)) {
            return numbered(text, i, to);
        }
        return lettered(text, i, to) || keyword(text, i, to);
    }

    /** "(12)", "(a)", "(iv)": the label inside the parentheses. */
    private static boolean enclosed(char[] text, int i, int to) {
        int digits = digits(text, i, to);
        if (digits >= 1 && digits <= 3 && is(text, i + digits, to, ')')) {
            return true;
        }
        int letters = letters(text, i, to);
        if (letters >= 1 && letters <= 2 && is(text, i + letters, to, ')')) {
            return true;
        }
        int roman = roman(text, i, to);
        return roman >= 1 && roman <= 6 && is(text, i + roman, to, ')');
    }

    /** "12.", "12)", "12.01", "12.01.3.": groups of one to three digits joined by points, then a point or parenthesis and a space, or a space after two groups or more. */
    private static boolean numbered(char[] text, int i, int to) {
        int groups = 0;
        while (true) {
            int digits = digits(text, i, to);
            if (digits < 1 || digits > 3) {
                return false;
            }
            i += digits;
            groups++;
            if (groups >= 2 && space(text, i, to)) {
                return true;
            }
            if (is(text, i, to, '.') && i + 1 < to && digit(text[i + 1])) {
                i++;
                continue;
            }
            return (is(text, i, to, '.') || is(text, i, to, ')')) && space(text, i + 1, to);
        }
    }

    /** "A.", "b)", "iv.": one or two letters, or up to six Roman numerals, then a point or parenthesis and a space. */
    private static boolean lettered(char[] text, int i, int to) {
        int letters = letters(text, i, to);
        if (letters >= 1 && letters <= 2 && closes(text, i + letters, to)) {
            return true;
        }
        int roman = roman(text, i, to);
        return roman >= 1 && roman <= 6 && closes(text, i + roman, to);
    }

    private static boolean closes(char[] text, int i, int to) {
        return (is(text, i, to, '.') || is(text, i, to, ')')) && space(text, i + 1, to);
    }

    /** A keyword in any case (ASCII, as the pattern compares) that ends where a word does. */
    private static boolean keyword(char[] text, int i, int to) {
        for (String keyword : KEYWORDS) {
            int length = keyword.length();
            if (to - i >= length && (text[i] | 0x20) == keyword.charAt(0)) {
                int k = 1;
                while (k < length && (text[i + k] | 0x20) == keyword.charAt(k)) {
                    k++;
                }
                if (k == length && (i + length == to || !wordChar(text[i + length]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean is(char[] text, int i, int to, char c) {
        return i < to && text[i] == c;
    }

    /** {@code \s}: ASCII whitespace. */
    private static boolean space(char[] text, int i, int to) {
        if (i >= to) {
            return false;
        }
        char c = text[i];
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static int run(char[] text, int i, int to, char c) {
        int n = 0;
        while (i + n < to && text[i + n] == c) {
            n++;
        }
        return n;
    }

    private static int digits(char[] text, int i, int to) {
        int n = 0;
        while (i + n < to && digit(text[i + n])) {
            n++;
        }
        return n;
    }

    private static int letters(char[] text, int i, int to) {
        int n = 0;
        while (i + n < to && (text[i + n] | 0x20) >= 'a' && (text[i + n] | 0x20) <= 'z') {
            n++;
        }
        return n;
    }

    private static int roman(char[] text, int i, int to) {
        int n = 0;
        while (i + n < to && "ivxlcdmIVXLCDM".indexOf(text[i + n]) >= 0) {
            n++;
        }
        return n;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \w}: an ASCII letter, digit or underscore. */
    private static boolean wordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
