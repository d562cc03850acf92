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
        int[] oldBounds = boundaries(deleted);
        int[] newBounds = boundaries(inserted);
        TokenTable table = new TokenTable(oldBounds.length + newBounds.length);
        int[] a = table.ids(deleted, oldBounds);
        int[] b = table.ids(inserted, newBounds);
        Matches matches = Matches.of(a, b);
        // consecutive tokens of one kind are one run: a range of the old text (EQUAL, DELETE) or the new (INSERT)
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && matches.a[i] && matches.b[j]) {
                int from = i;
                while (i < a.length && j < b.length && matches.a[i] && matches.b[j]) {
                    i++;
                    j++;
                }
                runs.add(new Run(RunType.EQUAL, deleted.substring(oldBounds[from], oldBounds[i])));
            } else if (i < a.length && !matches.a[i]) {
                int from = i;
                while (i < a.length && !matches.a[i]) {
                    i++;
                }
                runs.add(new Run(RunType.DELETE, deleted.substring(oldBounds[from], oldBounds[i])));
            } else {
                int from = j;
                while (j < b.length && !matches.b[j]) {
                    j++;
                }
                runs.add(new Run(RunType.INSERT, inserted.substring(newBounds[from], newBounds[j])));
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
                equal.append(flushChange(result, deleted, inserted)).append(run.text());
            } else {
                if (!equal.isEmpty()) {
                    result.add(new Run(RunType.EQUAL, equal.toString()));
                    equal.setLength(0);
                }
                (run.type() == RunType.DELETE ? deleted : inserted).append(run.text());
            }
        }
        equal.append(flushChange(result, deleted, inserted));
        if (!equal.isEmpty()) {
            result.add(new Run(RunType.EQUAL, equal.toString()));
        }
        return result;
    }

    /**
     * Adds the pending change to the result. What both sides of the change begin or end with, up to a
     * word boundary ("applies" → "applies & more"), is equal text, not part of the change: the
     * beginning is added to the equal text before, the end returned to start the equal text after.
     */
    private static String flushChange(List<Run> result, StringBuilder deleted, StringBuilder inserted) {
        String trailing = "";
        if (!deleted.isEmpty() && !inserted.isEmpty()) {
            int prefix = sharedPrefix(deleted, inserted);
            if (prefix > 0) {
                String shared = deleted.substring(0, prefix);
                deleted.delete(0, prefix);
                inserted.delete(0, prefix);
                if (!result.isEmpty() && result.get(result.size() - 1).type() == RunType.EQUAL) {
                    result.set(result.size() - 1, new Run(RunType.EQUAL, result.get(result.size() - 1).text() + shared));
                } else {
                    result.add(new Run(RunType.EQUAL, shared));
                }
            }
            int suffix = sharedSuffix(deleted, inserted);
            if (suffix > 0) {
                trailing = deleted.substring(deleted.length() - suffix);
                deleted.setLength(deleted.length() - suffix);
                inserted.setLength(inserted.length() - suffix);
            }
        }
        if (!deleted.isEmpty()) {
            result.add(new Run(RunType.DELETE, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            result.add(new Run(RunType.INSERT, inserted.toString()));
            inserted.setLength(0);
        }
        return trailing;
    }

    /** The longest common beginning that ends between words in both texts, leaving something on one side. */
    private static int sharedPrefix(CharSequence a, CharSequence b) {
        int max = Math.min(a.length(), b.length());
        int n = 0;
        while (n < max && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        if (n == a.length() && n == b.length()) {
            return 0;
        }
        while (n > 0 && !(boundary(a, n) && boundary(b, n))) {
            n--;
        }
        return n;
    }

    private static int sharedSuffix(CharSequence a, CharSequence b) {
        int max = Math.min(a.length(), b.length());
        int n = 0;
        while (n < max && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        if (n == a.length() || n == b.length()) {
            n = Math.min(n, Math.min(a.length(), b.length()) - 1);
        }
        while (n > 0 && !(boundary(a, a.length() - n) && boundary(b, b.length() - n))) {
            n--;
        }
        return Math.max(0, n);
    }

    /** Whether position i of the text falls between words, by the same rules that make words ("4.00", "don't"). */
    private static boolean boundary(CharSequence text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        char before = text.charAt(i - 1);
        char at = text.charAt(i);
        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(at)) {
            return false;
        }
        return !(joins(text, i) || joins(text, i - 1));
    }

    /** Whether the character at i joins the word characters on both sides of it into one word. */
    private static boolean joins(CharSequence text, int i) {
        if (i <= 0 || i + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (c == '.' || c == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return (c == '\'' || c == '’' || c == '-') && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
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
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end + 1));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * Words (letters and digits, with the apostrophes, hyphens, points and commas inside them, so
     * that "don't", "4.00" and "1,112" are one word each) and single other characters, each with the
     * whitespace that follows it; whitespace at the very start is a token of its own.
     */
    static List<String> tokens(String text) {
        int[] bounds = boundaries(text);
        List<String> tokens = new ArrayList<>(bounds.length - 1);
        for (int k = 0; k + 1 < bounds.length; k++) {
            tokens.add(text.substring(bounds[k], bounds[k + 1]));
        }
        return tokens;
    }

    /** Where each token starts, and the text's length last: the tokens without copying the text. */
    static int[] boundaries(String string) {
        char[] text = string.toCharArray();
        int n = text.length;
        int[] bounds = new int[Math.max(2, n / 3 + 2)];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (count + 2 > bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[count++] = i;
            char c = text[i];
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < n) {
                    char d = text[i];
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == ',') && i + 1 < n
                            && Character.isLetterOrDigit(text[i + 1])
                            && (d != ',' && d != '.' || Character.isDigit(text[i - 1]) && Character.isDigit(text[i + 1]))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (Character.isWhitespace(c)) {
                i++;
                while (i < n && Character.isWhitespace(text[i])) {
                    i++;
                }
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1]) ? 2 : 1;
            }
            // the whitespace after a word or a sign travels with it: half as many tokens to compare
            while (i < n && Character.isWhitespace(text[i]) && !Character.isWhitespace(c)) {
                i++;
            }
        }
        bounds[count++] = n;
        return java.util.Arrays.copyOf(bounds, count);
    }

    /** Gives equal tokens equal ids without copying them out of their text: open addressing over character ranges. */
    private static final class TokenTable {
        private final int[] slots;
        private final int mask;
        private char[][] texts = new char[64][];
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] hashes = new int[64];
        private int size;

        TokenTable(int tokens) {
            int capacity = Integer.highestOneBit(Math.max(16, tokens * 2)) << 1;
            slots = new int[capacity];
            java.util.Arrays.fill(slots, -1);
            mask = capacity - 1;
        }

        int[] ids(String string, int[] bounds) {
            char[] text = string.toCharArray();
            int[] ids = new int[bounds.length - 1];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = id(text, bounds[k], bounds[k + 1]);
            }
            return ids;
        }

        /** Ids of single Latin-1 characters (spaces, punctuation), found without hashing: half the tokens are such. */
        private final int[] single = new int[256];

        private int id(char[] text, int start, int end) {
            if (end - start == 1 && text[start] < 256) {
                int c = text[start];
                if (single[c] == 0) {
                    single[c] = lookup(text, start, end) + 1;
                }
                return single[c] - 1;
            }
            return lookup(text, start, end);
        }

        private int lookup(char[] text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text[i];
            }
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (true) {
                int id = slots[slot];
                if (id < 0) {
                    return add(slot, text, start, end, hash);
                }
                if (hashes[id] == hash && ends[id] - starts[id] == end - start && same(texts[id], starts[id], text, start, end - start)) {
                    return id;
                }
                slot = (slot + 1) & mask;
            }
        }

        private static boolean same(char[] a, int aFrom, char[] b, int bFrom, int length) {
            for (int k = 0; k < length; k++) {
                if (a[aFrom + k] != b[bFrom + k]) {
                    return false;
                }
            }
            return true;
        }

        private int add(int slot, char[] text, int start, int end, int hash) {
            if (size == texts.length) {
                texts = java.util.Arrays.copyOf(texts, size * 2);
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
            }
            texts[size] = text;
            starts[size] = start;
            ends[size] = end;
            hashes[size] = hash;
            slots[slot] = size;
            return size++;
        }
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

        /**
         * Elements found on only one side can never match: they are set aside before the search (as
         * git's xdiff does), so that the search runs on what both sides share, which is small where
         * paragraphs were rewritten and the rest is unchanged.
         */
        static Matches of(int[] x, int[] y) {
            int ids = 0;
            for (int v : x) {
                ids = Math.max(ids, v + 1);
            }
            for (int v : y) {
                ids = Math.max(ids, v + 1);
            }
            boolean[] inX = new boolean[ids];
            boolean[] inY = new boolean[ids];
            for (int v : x) {
                inX[v] = true;
            }
            for (int v : y) {
                inY[v] = true;
            }
            int[] keptX = kept(x, inY);
            int[] keptY = kept(y, inX);
            Matches shared = new Matches(values(x, keptX), values(y, keptY));
            shared.diff(0, keptX.length, 0, keptY.length);
            Matches matches = new Matches(x, y);
            for (int i = 0; i < keptX.length; i++) {
                matches.a[keptX[i]] = shared.a[i];
            }
            for (int j = 0; j < keptY.length; j++) {
                matches.b[keptY[j]] = shared.b[j];
            }
            return matches;
        }

        /** The positions of the elements the other side also has. */
        private static int[] kept(int[] values, boolean[] inOther) {
            int count = 0;
            for (int v : values) {
                if (inOther[v]) {
                    count++;
                }
            }
            int[] positions = new int[count];
            int k = 0;
            for (int i = 0; i < values.length; i++) {
                if (inOther[values[i]]) {
                    positions[k++] = i;
                }
            }
            return positions;
        }

        private static int[] values(int[] values, int[] positions) {
            int[] result = new int[positions.length];
            for (int i = 0; i < positions.length; i++) {
                result[i] = values[positions[i]];
            }
            return result;
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
