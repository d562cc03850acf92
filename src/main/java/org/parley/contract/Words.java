package org.parley.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word level of the redline: what a word is (letters and digits, with the apostrophes,
 * hyphens, points and commas inside them, so that "don't", "4.00" and "1,112" are one word each;
 * every other character alone), each with the whitespace that follows it, and the difference of two
 * passages word by word.
 */
final class Words {

    private final char[] oldChars;
    private final char[] newChars;
    /** One table for every passage a thread compares, cleared between them: most passages are short, and a new table for each cost more than comparing them. */
    private final TokenTable table = new TokenTable(0);

    /** The word-by-word comparison of passages of two texts, for one thread at a time. */
    Words(char[] oldChars, char[] newChars) {
        this.oldChars = oldChars;
        this.newChars = newChars;
    }

    /**
     * The word-by-word difference of old [oldFrom, oldTo) and new [newFrom, newTo), tidied
     * ({@link Runs.Tidy}) and added to the runs.
     */
    void diff(int oldFrom, int oldTo, int newFrom, int newTo, Runs runs) {
        if (oldFrom == oldTo || newFrom == newTo) {
            runs.delete(oldFrom, oldTo);
            runs.insert(newFrom, newTo);
            return;
        }
        int[] oldBounds = boundaries(oldChars, oldFrom, oldTo);
        int[] newBounds = boundaries(newChars, newFrom, newTo);
        table.clear(oldBounds.length + newBounds.length);
        int[] a = table.ids(oldChars, oldBounds);
        int[] b = table.ids(newChars, newBounds);
        Runs.Tidy tidy = new Runs.Tidy(oldChars, newChars, runs);
        CommonSubsequence.of(a, b).walk(new CommonSubsequence.Walk() {
            @Override
            public void equal(int aFrom, int aTo, int bFrom, int bTo) {
                tidy.equal(oldBounds[aFrom], oldBounds[aTo], newBounds[bFrom], newBounds[bTo]);
            }

            @Override
            public void changed(int aFrom, int aTo, int bFrom, int bTo) {
                tidy.changed(oldBounds[aFrom], oldBounds[aTo], newBounds[bFrom], newBounds[bTo]);
            }
        });
        tidy.end();
    }

    /** Whether a character is a letter or a digit, answered from a table for ASCII, which most agreements are written in. */
    static boolean wordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /** Where each token of text [from, to) starts, and {@code to} last: the tokens without copying the text. */
    static int[] boundaries(char[] text, int from, int to) {
        int n = to;
        int[] bounds = new int[Math.max(2, (to - from) / 3 + 2)];
        int count = 0;
        int i = from;
        while (i < n) {
            if (count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[count++] = i;
            char c = text[i];
            if (wordChar(c)) {
                i++;
                while (i < n) {
                    char d = text[i];
                    if (wordChar(d)) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == ',') && i + 1 < n
                            && wordChar(text[i + 1])
                            && (d != ',' && d != '.' || Character.isDigit(text[i - 1]) && Character.isDigit(text[i + 1]))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (whitespace(c)) {
                i++;
                while (i < n && whitespace(text[i])) {
                    i++;
                }
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1]) ? 2 : 1;
            }
            // the whitespace after a word or a sign travels with it: half as many tokens to compare
            while (i < n && whitespace(text[i]) && !whitespace(c)) {
                i++;
            }
        }
        bounds[count++] = n;
        return Arrays.copyOf(bounds, count);
    }

    /** Whitespace as {@link Character#isWhitespace} has it, the ASCII part answered from a bit mask: this runs for every character of both texts. */
    static boolean whitespace(char c) {
        return c <= ' ' ? (ASCII_SPACE >>> c & 1) != 0 : c >= 128 && Character.isWhitespace(c);
    }

    /** Bit c set for each ASCII whitespace character c: space, tab, line feed, vertical tab, form feed, carriage return, and 28–31. */
    private static final long ASCII_SPACE = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << 11 | 1L << '\f' | 1L << '\r' | 0xFL << 28;

    /** The tokens themselves, for tests and fixtures. */
    static List<String> tokens(String text) {
        int[] bounds = boundaries(text.toCharArray(), 0, text.length());
        List<String> tokens = new ArrayList<>(bounds.length - 1);
        for (int k = 0; k + 1 < bounds.length; k++) {
            tokens.add(text.substring(bounds[k], bounds[k + 1]));
        }
        return tokens;
    }

    /**
     * Whether position i of text [from, to) falls between words, by the same rules that make words
     * ("4.00", "don't"); the ends of the range are boundaries whatever lies beyond them.
     */
    static boolean boundary(char[] text, int from, int to, int i) {
        if (i <= from || i >= to) {
            return true;
        }
        char before = text[i - 1];
        char at = text[i];
        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(at) || Character.isSurrogatePair(before, at)) {
            return false; // nor inside a character written as two (𝄞), which no run can hold half of
        }
        return !(joins(text, from, to, i) || joins(text, from, to, i - 1));
    }

    /** Whether the character at i joins the word characters on both sides of it (within [from, to)) into one word. */
    private static boolean joins(char[] text, int from, int to, int i) {
        if (i <= from || i + 1 >= to) {
            return false;
        }
        char c = text[i];
        char before = text[i - 1];
        char after = text[i + 1];
        if (c == '.' || c == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return (c == '\'' || c == '’' || c == '-') && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }

    /** Gives equal tokens equal ids without copying them out of their text: open addressing over character ranges. */
    static final class TokenTable {
        private int[] slots;
        private int mask;
        private char[][] texts = new char[64][];
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] hashes = new int[64];
        /** Where each id sits in {@link #slots}, and the Latin-1 character it stands for alone (or -1): what {@link #clear} undoes. */
        private int[] slotOf = new int[64];
        private int[] singleOf = new int[64];
        private int size;
        /** Ids of single Latin-1 characters (spaces, punctuation), found without hashing: half the tokens are such. */
        private final int[] single = new int[256];

        TokenTable(int tokens) {
            allocate(tokens);
        }

        private void allocate(int tokens) {
            int capacity = Integer.highestOneBit(Math.max(16, tokens * 2)) << 1;
            slots = new int[capacity];
            Arrays.fill(slots, -1);
            mask = capacity - 1;
        }

        /** Forgets every token, with room for this many new ones, at a cost in the tokens it held rather than its capacity. */
        void clear(int tokens) {
            if (tokens * 2 > slots.length) {
                allocate(tokens);
            } else {
                for (int id = 0; id < size; id++) {
                    slots[slotOf[id]] = -1;
                }
            }
            for (int id = 0; id < size; id++) {
                if (singleOf[id] >= 0) {
                    single[singleOf[id]] = 0;
                }
            }
            size = 0;
        }

        int[] ids(char[] text, int[] bounds) {
            int[] ids = new int[bounds.length - 1];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = id(text, bounds[k], bounds[k + 1]);
            }
            return ids;
        }

        int id(char[] text, int start, int end) {
            if (end - start == 1 && text[start] < 256) {
                int c = text[start];
                if (single[c] == 0) {
                    int id = lookup(text, start, end);
                    single[c] = id + 1;
                    singleOf[id] = c;
                }
                return single[c] - 1;
            }
            return lookup(text, start, end);
        }

        private static int hash(char[] text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text[i];
            }
            return hash;
        }

        private int lookup(char[] text, int start, int end) {
            int hash = hash(text, start, end);
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (true) {
                int id = slots[slot];
                if (id < 0) {
                    return add(slot, text, start, end, hash);
                }
                if (hashes[id] == hash && ends[id] - starts[id] == end - start && Arrays.equals(texts[id], starts[id], ends[id], text, start, end)) {
                    return id;
                }
                slot = (slot + 1) & mask;
            }
        }

        private int add(int slot, char[] text, int start, int end, int hash) {
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                slotOf = Arrays.copyOf(slotOf, size * 2);
                singleOf = Arrays.copyOf(singleOf, size * 2);
            }
            texts[size] = text;
            starts[size] = start;
            ends[size] = end;
            hashes[size] = hash;
            slotOf[size] = slot;
            singleOf[size] = -1;
            slots[slot] = size;
            return size++;
        }
    }
}
