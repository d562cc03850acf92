package org.parley.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * The redline of a changed passage that spans several paragraphs or list items, as a word
 * processor's compare does it: each new paragraph is paired with its most similar old one (the
 * pairs keeping their order), and words are compared only within a pair. So a relabelled item
 * ("(G) The amount…" → "(H) The amount…") reads as a changed label, an item split in two as an
 * inserted break and label, and an inserted paragraph as an insertion, rather than as words of
 * unrelated paragraphs struck against each other.
 *
 * <p>A paragraph starts after a blank line or at a line that opens with a label: "(a)", "A.", "12.01",
 * "iv)", a bullet, a Markdown heading, "Article", "Section", "Appendix"…. Similarity is the Dice
 * coefficient of the two paragraphs' words (counted with repeats, labels included, punctuation
 * left out); pairs need {@link #SIMILAR} or more. The pairing is the heaviest chain of similar
 * pairs in order (a longest-increasing-subsequence search over the candidates); a pair then takes
 * in the unpaired paragraphs beside it while that makes its two sides more alike (a split or a
 * merge). Unpaired paragraphs
 * between two pairs are compared word by word together when they still share most of their words
 * (a paragraph re-wrapped or broken differently), and shown struck out and inserted whole otherwise.
 */
final class ParagraphPairing {

    /** The least similarity for two paragraphs to be one paragraph changed rather than one removed and another added. */
    static final double SIMILAR = 0.5;

    /** Above this many paragraph pairs, candidates come from the words they share that few paragraphs use, not from every pair. */
    private static final int ALL_PAIRS = 4_096;

    private final char[] oldChars;
    private final char[] newChars;
    private final int[] oldStarts;
    private final int[] newStarts;

    /** A changed passage: the paragraphs of each side as character offsets where each begins, and where the last ends. */
    private ParagraphPairing(char[] oldChars, int[] oldStarts, char[] newChars, int[] newStarts) {
        this.oldChars = oldChars;
        this.newChars = newChars;
        this.oldStarts = oldStarts;
        this.newStarts = newStarts;
    }

    /**
     * Adds the redline of a changed passage to the runs: lines [oldFrom, oldTo) of the old text
     * against lines [newFrom, newTo) of the new, lines given by where each starts.
     */
    static void redline(Text before, int oldFrom, int oldTo, Text after, int newFrom, int newTo, Comparisons wordLevel) {
        int[] oldLines = before.lines();
        int[] newLines = after.lines();
        if (oldFrom == oldTo || newFrom == newTo) {
            wordLevel.delete(oldLines[oldFrom], oldLines[oldTo]);
            wordLevel.insert(newLines[newFrom], newLines[newTo]);
            return;
        }
        int[] oldParagraphs = paragraphs(before.chars(), oldLines, oldFrom, oldTo);
        int[] newParagraphs = paragraphs(after.chars(), newLines, newFrom, newTo);
        if (oldParagraphs.length == 2 && newParagraphs.length == 2) {
            wordLevel.compare(oldParagraphs[0], oldParagraphs[1], newParagraphs[0], newParagraphs[1]);
            return;
        }
        new ParagraphPairing(before.chars(), oldParagraphs, after.chars(), newParagraphs).pairAndCompare(wordLevel);
    }

    /** A text's characters and where each of its lines starts (and the text's length last). */
    record Text(char[] chars, int[] lines) {
    }

    /** Where each paragraph of lines [from, to) begins (character offsets), and where the last one ends. */
    static int[] paragraphs(char[] text, int[] lines, int from, int to) {
        int[] starts = new int[to - from + 1];
        int count = 0;
        boolean afterBlank = false;
        for (int line = from; line < to; line++) {
            boolean blank = isBlank(text, lines[line], lines[line + 1]);
            if (line == from || !blank && (afterBlank || ParagraphLabel.opens(text, lines[line], lines[line + 1]))) {
                starts[count++] = lines[line];
            }
            afterBlank = blank;
        }
        starts[count++] = lines[to];
        return Arrays.copyOf(starts, count);
    }

    private static boolean isBlank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private void pairAndCompare(Comparisons wordLevel) {
        int m = oldStarts.length - 1;
        int n = newStarts.length - 1;
        FutureTask<int[][]> newSide = wordLevel.beside(newStarts[n] - newStarts[0] + oldStarts[m] - oldStarts[0],
                () -> paragraphWords(newChars, newStarts));
        int[][] oldWords = paragraphWords(oldChars, oldStarts);
        int[][] newWords = Comparisons.await(newSide);
        Candidates candidates = (long) m * n <= ALL_PAIRS ? allPairs(oldWords, newWords) : sharedRareWords(oldWords, newWords, wordLevel,
                newStarts[n] - newStarts[0] + oldStarts[m] - oldStarts[0]);
        int[] chain = candidates.heaviestChain(n);
        int[][] groups = new int[chain.length][];
        for (int g = 0; g < chain.length; g++) {
            int pi = candidates.old[chain[g]];
            int pj = candidates.updated[chain[g]];
            groups[g] = new int[] {pi, pi + 1, pj, pj + 1};
        }
        for (int g = 0; g < groups.length; g++) {
            widen(groups[g], g == 0 ? new int[] {0, 0, 0, 0} : groups[g - 1], g + 1 < groups.length ? groups[g + 1] : new int[] {m, m, n, n},
                    oldWords, newWords);
        }
        int i = 0;
        int j = 0;
        for (int[] group : groups) {
            gap(i, group[0], j, group[2], oldWords, newWords, wordLevel);
            wordLevel.compare(oldStarts[group[0]], oldStarts[group[1]], newStarts[group[2]], newStarts[group[3]]);
            i = group[1];
            j = group[3];
        }
        gap(i, m, j, n, oldWords, newWords, wordLevel);
    }

    /**
     * Takes the unpaired paragraphs next to a pair into it while that makes the two sides more alike:
     * an item split in two is then the old item against both halves (the split reads as the
     * insertion of a break and a label), and two items merged are both against the one.
     * A group is {oldFrom, oldTo, newFrom, newTo}; it grows no further than its neighbours.
     */
    private static void widen(int[] group, int[] before, int[] after, int[][] oldWords, int[][] newWords) {
        int[] oldSide = joined(oldWords, group[0], group[1]);
        int[] newSide = joined(newWords, group[2], group[3]);
        double score = similarity(oldSide, newSide);
        boolean grew = true;
        while (grew) {
            grew = false;
            int[][] tries = {{group[0] - 1, group[1], group[2], group[3]}, {group[0], group[1] + 1, group[2], group[3]},
                    {group[0], group[1], group[2] - 1, group[3]}, {group[0], group[1], group[2], group[3] + 1}};
            for (int[] t : tries) {
                if (t[0] < before[1] || t[1] > after[0] || t[2] < before[3] || t[3] > after[2]) {
                    continue;
                }
                int[] o = t[0] != group[0] || t[1] != group[1] ? union(oldSide, oldWords[t[0] != group[0] ? t[0] : t[1] - 1]) : oldSide;
                int[] w = t[2] != group[2] || t[3] != group[3] ? union(newSide, newWords[t[2] != group[2] ? t[2] : t[3] - 1]) : newSide;
                double widened = similarity(o, w);
                if (widened > score) {
                    System.arraycopy(t, 0, group, 0, 4);
                    oldSide = o;
                    newSide = w;
                    score = widened;
                    grew = true;
                    break;
                }
            }
        }
    }

    private static int[] joined(int[][] words, int from, int to) {
        if (to - from == 1) {
            return words[from];
        }
        int size = 0;
        for (int k = from; k < to; k++) {
            size += words[k].length;
        }
        int[] all = new int[size];
        int at = 0;
        for (int k = from; k < to; k++) {
            System.arraycopy(words[k], 0, all, at, words[k].length);
            at += words[k].length;
        }
        Arrays.sort(all);
        return all;
    }

    /** Two sorted multisets as one. */
    private static int[] union(int[] a, int[] b) {
        int[] all = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            all[k++] = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
        }
        return all;
    }

    /**
     * Paragraphs [oldFrom, oldTo) and [newFrom, newTo) that were paired with none: compared word by
     * word when, together, they share at least {@link #SIMILAR} of their words (the same text
     * broken into paragraphs differently), struck and inserted whole otherwise. What they share as
     * multisets bounds what a word-by-word comparison can find, so the cheap test comes first.
     */
    private void gap(int oldFrom, int oldTo, int newFrom, int newTo, int[][] oldWords, int[][] newWords, Comparisons wordLevel) {
        int before = oldStarts[oldFrom];
        int beforeEnd = oldStarts[oldTo];
        int after = newStarts[newFrom];
        int afterEnd = newStarts[newTo];
        if (before < beforeEnd && after < afterEnd
                && similarity(joined(oldWords, oldFrom, oldTo), joined(newWords, newFrom, newTo)) >= SIMILAR) {
            wordLevel.compare(before, beforeEnd, after, afterEnd);
        } else {
            wordLevel.delete(before, beforeEnd);
            wordLevel.insert(after, afterEnd);
        }
    }

    /** The words of each paragraph, paragraphs given by where each starts and where the last ends. */
    private static int[][] paragraphWords(char[] text, int[] starts) {
        int[][] words = new int[starts.length - 1][];
        for (int k = 0; k < words.length; k++) {
            words[k] = words(text, starts[k], starts[k + 1]);
        }
        return words;
    }

    /** The hashes of the paragraph's words (runs of letters and digits), sorted: a multiset to compare. */
    static int[] words(char[] text, int from, int to) {
        int[] hashes = new int[16];
        int count = 0;
        int i = from;
        while (i < to) {
            char c = text[i];
            if (!Words.wordChar(c)) {
                i++;
                continue;
            }
            int hash = 0;
            while (i < to && Words.wordChar(text[i])) {
                hash = 31 * hash + text[i];
                i++;
            }
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = hash;
        }
        int[] sorted = Arrays.copyOf(hashes, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The Dice coefficient of two sorted multisets: twice what they share over what they hold. */
    static double similarity(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 0;
        }
        if (Math.min(a.length, b.length) < Math.max(a.length, b.length) * SIMILAR / (2 - SIMILAR)) {
            return 0; // too different in length to reach SIMILAR whatever they share
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }

    private static Candidates allPairs(int[][] oldWords, int[][] newWords) {
        Candidates candidates = new Candidates();
        for (int i = 0; i < oldWords.length; i++) {
            for (int j = 0; j < newWords.length; j++) {
                double score = similarity(oldWords[i], newWords[j]);
                if (score >= SIMILAR) {
                    candidates.add(i, j, score);
                }
            }
        }
        return candidates;
    }

    /**
     * For long passages: each new paragraph is compared with the few old paragraphs that share the
     * most of its uncommon words (used by at most {@link #RARE} old paragraphs), or, having none,
     * with the old paragraphs around its place in proportion, so that the work grows with the text,
     * not with its square.
     */
    private static Candidates sharedRareWords(int[][] oldWords, int[][] newWords, Comparisons work, int characters) {
        Postings postings = new Postings(oldWords);
        int half = newWords.length / 2; // the second half's candidates on the helper's core for a long passage
        FutureTask<Candidates> later = work.beside(characters, () -> sharedRareWords(postings, oldWords, newWords, half, newWords.length));
        Candidates candidates = sharedRareWords(postings, oldWords, newWords, 0, half);
        candidates.addAll(Comparisons.await(later));
        return candidates;
    }

    /** The candidates of new paragraphs [from, to), in order. */
    private static Candidates sharedRareWords(Postings postings, int[][] oldWords, int[][] newWords, int from, int to) {
        Candidates candidates = new Candidates();
        int[] hits = new int[oldWords.length];
        int[] touched = new int[oldWords.length];
        for (int j = from; j < to; j++) {
            int[] words = newWords[j];
            int count = 0;
            int top = 0;
            for (int k = 0; k < words.length; k++) {
                int word = k > 0 && words[k] == words[k - 1] ? -1 : postings.find(words[k]);
                if (word < 0 || postings.size(word) > RARE) {
                    continue; // absent, or too common to tell paragraphs apart
                }
                for (int p = postings.from(word); p < postings.from(word + 1); p++) {
                    int i = postings.paragraphs[p];
                    if (hits[i] == 0) {
                        touched[count++] = i;
                    }
                    top = Math.max(top, ++hits[i]);
                }
            }
            if (count == 0) { // no uncommon word: the old paragraphs where this one would fall, in proportion
                int middle = (int) ((long) j * oldWords.length / newWords.length);
                for (int i = Math.max(0, middle - NEARBY); i < Math.min(oldWords.length, middle + NEARBY + 1); i++) {
                    touched[count++] = i;
                    hits[i] = 1;
                }
                top = 1;
            }
            for (int t = 0; t < count; t++) {
                int i = touched[t];
                if (2 * hits[i] >= top) {
                    double score = similarity(oldWords[i], words);
                    if (score >= SIMILAR) {
                        candidates.add(i, j, score);
                    }
                }
                hits[i] = 0;
            }
        }
        return candidates;
    }

    /**
     * Which old paragraphs use each word, in order: an open-addressing table from a word's hash to
     * its number, and the paragraphs of word w at {@code paragraphs[from(w) .. from(w + 1))}.
     */
    private static final class Postings {
        private final int[] keys;
        private final int[] numbers;
        private final int mask;
        private final int[] starts;
        final int[] paragraphs;

        Postings(int[][] oldWords) {
            int entries = 0;
            for (int[] words : oldWords) {
                entries += words.length;
            }
            int capacity = Integer.highestOneBit(Math.max(16, entries * 2)) << 1;
            keys = new int[capacity];
            numbers = new int[capacity];
            Arrays.fill(numbers, -1);
            mask = capacity - 1;
            int[] counts = new int[Math.max(1, entries) + 1];
            int distinct = 0;
            for (int[] words : oldWords) {
                for (int k = 0; k < words.length; k++) {
                    if (k == 0 || words[k] != words[k - 1]) {
                        int slot = slot(words[k]);
                        if (numbers[slot] < 0) {
                            keys[slot] = words[k];
                            numbers[slot] = distinct++;
                        }
                        counts[numbers[slot] + 1]++;
                    }
                }
            }
            starts = new int[distinct + 1];
            for (int w = 0; w < distinct; w++) {
                starts[w + 1] = starts[w] + counts[w + 1];
            }
            paragraphs = new int[starts[distinct]];
            int[] filled = Arrays.copyOf(starts, distinct);
            for (int i = 0; i < oldWords.length; i++) {
                int[] words = oldWords[i];
                for (int k = 0; k < words.length; k++) {
                    if (k == 0 || words[k] != words[k - 1]) {
                        paragraphs[filled[numbers[slot(words[k])]]++] = i;
                    }
                }
            }
        }

        /** The word's number, or -1 when no old paragraph uses it. */
        int find(int word) {
            return numbers[slot(word)];
        }

        int size(int word) {
            return starts[word + 1] - starts[word];
        }

        int from(int word) {
            return starts[word];
        }

        private int slot(int word) {
            int slot = (word * 0x9E3779B9 >>> 7) & mask;
            while (numbers[slot] >= 0 && keys[slot] != word) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }

    private static final int RARE = 8;

    /** How far from its place in proportion a paragraph without uncommon words looks for its old self, each way. */
    private static final int NEARBY = 8;

    /** Pairs of similar paragraphs (old index, new index, similarity). */
    private static final class Candidates {
        int[] old = new int[16];
        int[] updated = new int[16];
        double[] score = new double[16];
        int size;

        void add(int i, int j, double similarity) {
            if (size == old.length) {
                old = Arrays.copyOf(old, size * 2);
                updated = Arrays.copyOf(updated, size * 2);
                score = Arrays.copyOf(score, size * 2);
            }
            old[size] = i;
            updated[size] = j;
            score[size] = similarity;
            size++;
        }

        void addAll(Candidates more) {
            for (int c = 0; c < more.size; c++) {
                add(more.old[c], more.updated[c], more.score[c]);
            }
        }

        /**
         * The candidates, in order, that pair each paragraph at most once, keep both sides' order and
         * add up to the most similarity: the candidates by old paragraph (new ones descending within
         * one, so one old paragraph is never paired twice), with a Fenwick tree of the best chain
         * ending before each new paragraph.
         */
        int[] heaviestChain(int newCount) {
            Integer[] order = new Integer[size];
            for (int c = 0; c < size; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (p, q) -> old[p] != old[q] ? Integer.compare(old[p], old[q]) : Integer.compare(updated[q], updated[p]));
            double[] treeValue = new double[newCount + 1];
            int[] treeCandidate = new int[newCount + 1];
            Arrays.fill(treeCandidate, -1);
            double[] best = new double[size];
            int[] previous = new int[size];
            int last = -1;
            for (int c : order) {
                double before = 0;
                int from = -1;
                for (int k = updated[c]; k > 0; k -= k & -k) { // best chain ending at a new paragraph < updated[c]
                    if (treeCandidate[k] >= 0 && treeValue[k] > before) {
                        before = treeValue[k];
                        from = treeCandidate[k];
                    }
                }
                best[c] = before + score[c];
                previous[c] = from;
                for (int k = updated[c] + 1; k <= newCount; k += k & -k) {
                    if (treeCandidate[k] < 0 || best[c] > treeValue[k]) {
                        treeValue[k] = best[c];
                        treeCandidate[k] = c;
                    }
                }
                if (last < 0 || best[c] > best[last]) {
                    last = c;
                }
            }
            List<Integer> chain = new ArrayList<>();
            for (int c = last; c >= 0; c = previous[c]) {
                chain.add(0, c);
            }
            return chain.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
