package org.parley.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The redline between two texts, computed, never hand-made: runs of equal, inserted (shown
 * underlined) and deleted (shown struck through) text. Concatenating the EQUAL and DELETE runs gives
 * the old text exactly, and the EQUAL and INSERT runs the new text, whitespace and punctuation
 * included.
 *
 * <p>The comparison works in two passes: first by lines, so that a paragraph moved elsewhere shows
 * as a whole paragraph struck out here and inserted there rather than as scattered words; then by
 * words within the lines that changed, so that "eight hours" → "six hours" strikes one word. Both
 * passes use Myers' O(ND) difference algorithm in linear space (the bisection variant of
 * diff-match-patch), and the result is tidied so that a change reads as a phrase: whitespace
 * between two changes joins them, and each change shows its deletion before its insertion.
 */
public final class Redline {

    public enum RunType { EQUAL, INSERT, DELETE }

    public record Run(RunType type, String text) {
    }

    private Redline() {
    }

    public static List<Run> between(String oldText, String newText) {
        String before = oldText == null ? "" : oldText;
        String after = newText == null ? "" : newText;
        List<Run> runs = new ArrayList<>();
        if (before.equals(after)) {
            if (!before.isEmpty()) {
                runs.add(new Run(RunType.EQUAL, before));
            }
            return runs;
        }
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        Interner lineIds = new Interner();
        int[] a = lineIds.ids(oldLines);
        int[] b = lineIds.ids(newLines);
        Matches matches = Matches.of(a, b);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && matches.a[i] && matches.b[j]) {
                runs.add(new Run(RunType.EQUAL, oldLines.get(i)));
                i++;
                j++;
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            while (i < a.length && !matches.a[i]) {
                deleted.append(oldLines.get(i++));
            }
            while (j < b.length && !matches.b[j]) {
                inserted.append(newLines.get(j++));
            }
            runs.addAll(words(deleted.toString(), inserted.toString()));
        }
        return tidy(runs);
    }

    /** The old text the runs were computed from: EQUAL and DELETE runs in order. */
    public static String oldText(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        runs.stream().filter(r -> r.type() != RunType.INSERT).forEach(r -> text.append(r.text()));
        return text.toString();
    }

    /** The new text: EQUAL and INSERT runs in order. */
    public static String newText(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        runs.stream().filter(r -> r.type() != RunType.DELETE).forEach(r -> text.append(r.text()));
        return text.toString();
    }

    public static boolean changes(List<Run> runs) {
        return runs.stream().anyMatch(r -> r.type() != RunType.EQUAL);
    }

    private static List<Run> words(String deleted, String inserted) {
        List<Run> runs = new ArrayList<>();
        if (deleted.isEmpty() || inserted.isEmpty()) {
            if (!deleted.isEmpty()) {
                runs.add(new Run(RunType.DELETE, deleted));
            }
            if (!inserted.isEmpty()) {
                runs.add(new Run(RunType.INSERT, inserted));
            }
            return runs;
        }
        List<String> oldTokens = tokens(deleted);
        List<String> newTokens = tokens(inserted);
        Interner tokenIds = new Interner();
        int[] a = tokenIds.ids(oldTokens);
        int[] b = tokenIds.ids(newTokens);
        Matches matches = Matches.of(a, b);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && matches.a[i] && matches.b[j]) {
                runs.add(new Run(RunType.EQUAL, oldTokens.get(i++)));
                j++;
            } else if (i < a.length && !matches.a[i]) {
                runs.add(new Run(RunType.DELETE, oldTokens.get(i++)));
            } else {
                runs.add(new Run(RunType.INSERT, newTokens.get(j++)));
            }
        }
        return runs;
    }

    /**
     * Joins runs into readable changes: an EQUAL run of whitespace or punctuation alone between two
     * changes becomes part of both sides of the change, and each change group is one deletion
     * followed by one insertion. Neither step alters the old or the new text the runs spell.
     */
    private static List<Run> tidy(List<Run> runs) {
        List<Run> joined = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            Run run = runs.get(k);
            boolean between = k > 0 && k < runs.size() - 1 && runs.get(k - 1).type() != RunType.EQUAL
                    && runs.get(k + 1).type() != RunType.EQUAL;
            if (run.type() == RunType.EQUAL && between && isGlue(run.text())) {
                joined.add(new Run(RunType.DELETE, run.text()));
                joined.add(new Run(RunType.INSERT, run.text()));
            } else {
                joined.add(run);
            }
        }
        List<Run> result = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        StringBuilder equal = new StringBuilder();
        for (Run run : joined) {
            if (run.type() == RunType.EQUAL) {
                flushChange(result, deleted, inserted);
                equal.append(run.text());
            } else {
                if (!equal.isEmpty()) {
                    result.add(new Run(RunType.EQUAL, equal.toString()));
                    equal.setLength(0);
                }
                (run.type() == RunType.DELETE ? deleted : inserted).append(run.text());
            }
        }
        flushChange(result, deleted, inserted);
        if (!equal.isEmpty()) {
            result.add(new Run(RunType.EQUAL, equal.toString()));
        }
        return result;
    }

    private static void flushChange(List<Run> result, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            result.add(new Run(RunType.DELETE, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            result.add(new Run(RunType.INSERT, inserted.toString()));
            inserted.setLength(0);
        }
    }

    private static boolean isGlue(String text) {
        if (text.length() > 3) {
            return text.isBlank();
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Lines with their line ends, so that joining them gives the text back exactly. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * Words (letters and digits, with the apostrophes, hyphens, points and commas inside them, so
     * that "don't", "4.00" and "1,112" are one word each), runs of whitespace, and single other characters.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == ',') && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1))
                            && (d != ',' && d != '.' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (Character.isWhitespace(c)) {
                i++;
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static final class Interner {
        private final Map<String, Integer> ids = new HashMap<>();

        int[] ids(List<String> items) {
            int[] result = new int[items.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = ids.computeIfAbsent(items.get(i), k -> ids.size());
            }
            return result;
        }
    }

    /** Which elements of a and of b belong to a longest common subsequence, in order. */
    private static final class Matches {
        final boolean[] a;
        final boolean[] b;
        private final int[] x;
        private final int[] y;

        private Matches(int[] x, int[] y) {
            this.x = x;
            this.y = y;
            this.a = new boolean[x.length];
            this.b = new boolean[y.length];
        }

        static Matches of(int[] x, int[] y) {
            Matches matches = new Matches(x, y);
            matches.diff(0, x.length, 0, y.length);
            return matches;
        }

        private void diff(int aLo, int aHi, int bLo, int bHi) {
            while (aLo < aHi && bLo < bHi && x[aLo] == y[bLo]) {
                a[aLo++] = true;
                b[bLo++] = true;
            }
            while (aLo < aHi && bLo < bHi && x[aHi - 1] == y[bHi - 1]) {
                a[--aHi] = true;
                b[--bHi] = true;
            }
            if (aLo == aHi || bLo == bHi) {
                return;
            }
            int[] split = bisect(aLo, aHi, bLo, bHi);
            if (split != null) {
                diff(aLo, aLo + split[0], bLo, bLo + split[1]);
                diff(aLo + split[0], aHi, bLo + split[1], bHi);
            }
        }

        /** Finds the middle of an optimal path from both ends at once (Myers 1986, section 4b). */
        private int[] bisect(int aLo, int aHi, int bLo, int bHi) {
            int n = aHi - aLo;
            int m = bHi - bLo;
            int maxD = (n + m + 1) / 2;
            int offset = maxD;
            int length = 2 * maxD + 2;
            int[] v1 = new int[length];
            int[] v2 = new int[length];
            java.util.Arrays.fill(v1, -1);
            java.util.Arrays.fill(v2, -1);
            v1[offset + 1] = 0;
            v2[offset + 1] = 0;
            int delta = n - m;
            boolean front = (delta & 1) != 0;
            int k1start = 0;
            int k1end = 0;
            int k2start = 0;
            int k2end = 0;
            for (int d = 0; d < maxD; d++) {
                for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                    int k1Offset = offset + k1;
                    int x1 = k1 == -d || k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1] ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                    int y1 = x1 - k1;
                    while (x1 < n && y1 < m && x[aLo + x1] == y[bLo + y1]) {
                        x1++;
                        y1++;
                    }
                    v1[k1Offset] = x1;
                    if (x1 > n) {
                        k1end += 2;
                    } else if (y1 > m) {
                        k1start += 2;
                    } else if (front) {
                        int k2Offset = offset + delta - k1;
                        if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset]) {
                            return new int[] {x1, y1};
                        }
                    }
                }
                for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                    int k2Offset = offset + k2;
                    int x2 = k2 == -d || k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1] ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                    int y2 = x2 - k2;
                    while (x2 < n && y2 < m && x[aLo + n - x2 - 1] == y[bLo + m - y2 - 1]) {
                        x2++;
                        y2++;
                    }
                    v2[k2Offset] = x2;
                    if (x2 > n) {
                        k2end += 2;
                    } else if (y2 > m) {
                        k2start += 2;
                    } else if (!front) {
                        int k1Offset = offset + delta - k2;
                        if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1) {
                            int x1 = v1[k1Offset];
                            int y1 = offset + x1 - k1Offset;
                            if (x1 >= n - x2) {
                                return new int[] {x1, y1};
                            }
                        }
                    }
                }
            }
            return null;
        }
    }
}
