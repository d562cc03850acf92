package org.parley.contract;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * The redline between two texts, computed, never hand-made: runs of equal, inserted (shown
 * underlined) and deleted (shown struck through) text. Concatenating the EQUAL and DELETE runs gives
 * the old text exactly, and the EQUAL and INSERT runs the new text, whitespace and punctuation
 * included; no two neighbouring runs are of one kind.
 *
 * <p>The comparison works in three steps: first by lines ({@link CommonSubsequence}), so that a
 * paragraph moved elsewhere shows as a whole paragraph struck out here and inserted there rather
 * than as scattered words; lines that differ only in their spacing are the same line there, and
 * show only their spacing changed ({@link Spacing}), so that an agreement laid out anew (another
 * PDF extraction, another typesetting) reads as the words that changed; then, inside each passage
 * whose lines changed, each new paragraph is paired with its most similar old one
 * ({@link ParagraphPairing}), so that a relabelled or split list item reads as a changed label or
 * an insertion; last, words are compared within each pair ({@link Words}), so that "eight hours" →
 * "six hours" strikes one word, and the result is tidied so that a change reads as a phrase
 * ({@link Runs}). The work on long texts is shared with a second core ({@link Comparisons}).
 */
public final class Redline {

    public enum RunType { EQUAL, INSERT, DELETE }

    public record Run(RunType type, String text) {
    }

    private Redline() {
    }

    public static List<Run> between(String oldText, String newText) {
        return runs(oldText, newText).list();
    }

    /** Receives a redline's runs in order, each as a range of the text it comes from: the old text for EQUAL and DELETE runs, the new for INSERT. */
    @FunctionalInterface
    public interface RunWriter {
        void run(RunType type, String text, int from, int to) throws IOException;
    }

    /**
     * The same runs as {@link #between}, handed to a writer as ranges of the two texts, so that a
     * response can be written without copying each run's text first.
     */
    public static void between(String oldText, String newText, RunWriter writer) throws IOException {
        runs(oldText, newText).forEach(writer);
    }

    /**
     * The same runs, with the work shared with this helper whatever the texts' length (none: all on
     * the caller's thread), so that tests can pin that both ways give the same redline.
     */
    static List<Run> sharedWith(Executor helper, String oldText, String newText) {
        return runs(oldText == null ? "" : oldText, newText == null ? "" : newText, helper).list();
    }

    private static Runs runs(String oldText, String newText) {
        String before = oldText == null ? "" : oldText;
        String after = newText == null ? "" : newText;
        return runs(before, after, Comparisons.helperFor(before.length() + after.length()));
    }

    private static Runs runs(String before, String after, Executor sharing) {
        if (before.equals(after)) {
            Runs runs = new Runs(before, after);
            runs.equal(0, before.length());
            return runs;
        }
        // the new text's characters, lines and line hashes on the helper's core while this thread does the old text's
        FutureTask<Lines> newSide = new FutureTask<>(() -> Lines.of(after));
        if (sharing != null) {
            sharing.execute(newSide);
        }
        Lines old = Lines.of(before);
        Lines updated = Comparisons.await(newSide);
        int[][] lineIds = Spacing.ids(old.fingerprints(), updated.fingerprints());
        ParagraphPairing.Text older = new ParagraphPairing.Text(old.chars(), old.starts());
        ParagraphPairing.Text newer = new ParagraphPairing.Text(updated.chars(), updated.starts());
        Comparisons comparisons = Comparisons.of(before, older, after, newer, sharing);
        Passages passages = new Passages(older, newer, comparisons);
        CommonSubsequence.of(lineIds[0], lineIds[1]).walk(passages);
        passages.flush();
        return comparisons.finish();
    }

    /** A text's characters, where each of its lines starts (and its length last), and each line's fingerprint ({@link Spacing}). */
    private record Lines(char[] chars, int[] starts, long[] fingerprints) {

        static Lines of(String text) {
            char[] chars = text.toCharArray();
            int[] starts = lineStarts(chars);
            return new Lines(chars, starts, Spacing.fingerprints(chars, starts));
        }
    }

    /**
     * The walk through the lines: shared lines are equal text, changed passages go to
     * {@link ParagraphPairing}. Blank lines both sides share do not separate two changed passages:
     * paragraphs that moved or were relabelled on either side of a blank line are still paired.
     */
    private static final class Passages implements CommonSubsequence.Walk {
        private final ParagraphPairing.Text before;
        private final ParagraphPairing.Text after;
        private final Comparisons runs;
        private int[] pending;
        private int[] blank;

        Passages(ParagraphPairing.Text before, ParagraphPairing.Text after, Comparisons runs) {
            this.before = before;
            this.after = after;
            this.runs = runs;
        }

        private static boolean blank(char[] text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(text[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void equal(int aFrom, int aTo, int bFrom, int bTo) {
            if (pending != null && blank == null && blank(before.chars(), before.lines()[aFrom], before.lines()[aTo])) {
                blank = new int[] {aFrom, aTo, bFrom, bTo};
                return;
            }
            flush();
            same(aFrom, aTo, bFrom, bTo);
        }

        @Override
        public void changed(int aFrom, int aTo, int bFrom, int bTo) {
            if (pending == null) {
                pending = new int[] {aFrom, aTo, bFrom, bTo};
            } else {
                pending[1] = aTo;
                pending[3] = bTo;
                blank = null;
            }
        }

        void flush() {
            if (pending != null) {
                int[] passage = pending;
                pending = null;
                runs.passage(passage[0], passage[1], passage[2], passage[3]);
                if (blank != null) {
                    same(blank[0], blank[1], blank[2], blank[3]);
                    blank = null;
                }
            }
        }

        /** Lines [aFrom, aTo) of the old text and [bFrom, bTo) of the new, alike but perhaps in their spacing. */
        private void same(int aFrom, int aTo, int bFrom, int bTo) {
            runs.same(before.lines()[aFrom], before.lines()[aTo], after.lines()[bFrom], after.lines()[bTo]);
        }
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

    /** Where each line starts (a line keeps its line end), and the text's length last. */
    static int[] lineStarts(char[] text) {
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n' && i + 1 < text.length) {
                if (count + 2 > starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = i + 1;
            }
        }
        if (text.length == 0) {
            count = 0;
        }
        starts[count++] = text.length;
        return Arrays.copyOf(starts, count);
    }

    /**
     * Words (letters and digits, with the apostrophes, hyphens, points and commas inside them, so
     * that "don't", "4.00" and "1,112" are one word each) and single other characters, each with the
     * whitespace that follows it; whitespace at the very start is a token of its own.
     */
    static List<String> tokens(String text) {
        return Words.tokens(text);
    }
}
