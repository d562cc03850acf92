package org.parley.contract;

import java.util.Arrays;

/**
 * Lines that differ only in their spacing: the same words and signs in the same order, laid out
 * with other indentation, other runs of spaces between them or other line ends. An agreement
 * extracted from a PDF twice, or re-typeset for a new term, differs from its earlier self mostly
 * so; its lines are the same lines to the redline, which then shows only the spacing that changed
 * (a struck indent, an inserted space), never whole paragraphs struck and inserted again because
 * their spaces moved.
 */
final class Spacing {

    private Spacing() {
    }

    /**
     * Each line's fingerprint, alike for lines that differ only in spacing: its characters other
     * than whitespace. 64 bits, so that two lines with equal fingerprints are taken to be alike
     * without comparing them: the comparison is made as their runs are written ({@link #redline}),
     * and lines found different after all (a space that came or went between two words, or by
     * rare chance) are then compared word by word, as the same line changed.
     */
    static long[] fingerprints(char[] text, int[] lines) {
        long[] fingerprints = new long[lines.length - 1];
        for (int k = 0; k < fingerprints.length; k++) {
            fingerprints[k] = fingerprint(text, lines[k], lines[k + 1]);
        }
        return fingerprints;
    }

    static long fingerprint(char[] text, int from, int to) {
        long hash = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            hash = Words.whitespace(c) ? hash : hash * MULTIPLIER + c;
        }
        // mixed so that fingerprints differing only in their low bits still spread over a table
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        hash ^= hash >>> 33;
        return hash;
    }

    /** An odd multiplier with its bits spread (the 64-bit golden ratio), so that each character stirs the whole fingerprint. */
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    /**
     * Each line's id, one for each set of lines alike but for spacing, from both texts' fingerprints:
     * the sequences the line-level comparison works on.
     */
    static int[][] ids(long[] oldFingerprints, long[] newFingerprints) {
        LineIds table = new LineIds(oldFingerprints.length + newFingerprints.length);
        return new int[][] {table.of(oldFingerprints), table.of(newFingerprints)};
    }

    /** Open addressing from a fingerprint to its id, ids given in the order fingerprints are first met. */
    private static final class LineIds {
        private final long[] keys;
        private final int[] values;
        private final int mask;
        private int next;

        LineIds(int lines) {
            int capacity = Integer.highestOneBit(Math.max(16, lines * 2)) << 1;
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(values, -1);
            mask = capacity - 1;
        }

        int[] of(long[] fingerprints) {
            int[] ids = new int[fingerprints.length];
            for (int k = 0; k < fingerprints.length; k++) {
                long fingerprint = fingerprints[k];
                int slot = (int) fingerprint & mask;
                while (values[slot] >= 0 && keys[slot] != fingerprint) {
                    slot = (slot + 1) & mask;
                }
                if (values[slot] < 0) {
                    keys[slot] = fingerprint;
                    values[slot] = next++;
                }
                ids[k] = values[slot];
            }
            return ids;
        }
    }

    /**
     * Adds the runs of two passages that differ at most in spacing: their words equal, and of each
     * stretch of whitespace that differs, what both sides begin and end with equal and the rest
     * struck and inserted. False, the runs left as they were, when the passages turn out to differ
     * in more (a space came or went between two words, or their fingerprints agreed by chance): the
     * caller then compares them word by word.
     */
    static boolean redline(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo, Runs runs) {
        if (aTo - aFrom == bTo - bFrom && Arrays.equals(a, aFrom, aTo, b, bFrom, bTo)) {
            runs.equal(aFrom, aTo);
            return true;
        }
        Runs.Mark before = runs.mark();
        int i = aFrom;
        int j = bFrom;
        while (i < aTo || j < bTo) {
            int aSpace = skip(a, i, aTo);
            int bSpace = skip(b, j, bTo);
            int prefix = 0;
            while (i + prefix < aSpace && j + prefix < bSpace && a[i + prefix] == b[j + prefix]) {
                prefix++;
            }
            int suffix = 0;
            while (aSpace - suffix > i + prefix && bSpace - suffix > j + prefix && a[aSpace - 1 - suffix] == b[bSpace - 1 - suffix]) {
                suffix++;
            }
            runs.equal(i, i + prefix);
            runs.delete(i + prefix, aSpace - suffix);
            runs.insert(j + prefix, bSpace - suffix);
            runs.equal(aSpace - suffix, aSpace);
            i = aSpace;
            j = bSpace;
            int word = i;
            while (i < aTo && !Words.whitespace(a[i])) {
                if (j == bTo || a[i] != b[j]) {
                    runs.reset(before);
                    return false;
                }
                i++;
                j++;
            }
            if (j < bTo && !Words.whitespace(b[j])) {
                runs.reset(before);
                return false;
            }
            runs.equal(word, i);
        }
        return true;
    }

    private static int skip(char[] text, int from, int to) {
        int i = from;
        while (i < to && Words.whitespace(text[i])) {
            i++;
        }
        return i;
    }
}
