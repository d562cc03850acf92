package org.parley.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.contract.Redline.Run;
import org.parley.contract.Redline.RunType;

/**
 * The redline's runs as they are put together: each run is a range of the text it comes from (the
 * old text for EQUAL and DELETE, the new for INSERT), so that no run's text is copied until a
 * caller asks for it, and a run is joined to the one before it when they are of one kind. Runs of
 * one kind that follow each other are always neighbours in their text, since the EQUAL and DELETE
 * runs spell the old text in order and the INSERT runs the new.
 */
final class Runs {

    private static final RunType[] TYPES = RunType.values();
    private static final byte INSERT = (byte) RunType.INSERT.ordinal();

    private final String oldText;
    private final String newText;
    /** Each run's type as its ordinal: a primitive array grows and copies faster than one of references. */
    private byte[] types = new byte[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;

    Runs(String oldText, String newText) {
        this.oldText = oldText;
        this.newText = newText;
    }

    /** Old text [from, to) is in both texts. */
    void equal(int from, int to) {
        add(RunType.EQUAL, from, to);
    }

    /** Old text [from, to) is struck out. */
    void delete(int from, int to) {
        add(RunType.DELETE, from, to);
    }

    /** New text [from, to) is inserted. */
    void insert(int from, int to) {
        add(RunType.INSERT, from, to);
    }

    private void add(RunType type, int from, int to) {
        add((byte) type.ordinal(), from, to);
    }

    private void add(byte type, int from, int to) {
        if (from == to) {
            return;
        }
        if (size > 0 && types[size - 1] == type) {
            if (ends[size - 1] != from) {
                throw new IllegalStateException("the redline's runs of one kind are not neighbours in their text");
            }
            ends[size - 1] = to;
            return;
        }
        if (size == types.length) {
            reserve(size);
        }
        types[size] = type;
        starts[size] = from;
        ends[size] = to;
        size++;
    }

    /** Where the runs stood: their number and where the last one ended. */
    record Mark(int size, int lastEnd) {
    }

    Mark mark() {
        return new Mark(size, size > 0 ? ends[size - 1] : 0);
    }

    /** Back to where the runs stood at this mark, forgetting what was added since. */
    void reset(Mark mark) {
        size = mark.size();
        if (size > 0) {
            ends[size - 1] = mark.lastEnd();
        }
    }

    /** Room for this many more runs without growing again. */
    private void reserve(int more) {
        int capacity = Math.max(types.length, size + more);
        if (capacity > types.length) {
            types = Arrays.copyOf(types, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
    }

    /** The runs of each of these, in order, after these: a run is joined to the one before it when they are of one kind. */
    void append(List<Runs> next) {
        int more = 0;
        for (Runs runs : next) {
            more += runs.size;
        }
        reserve(more);
        for (Runs runs : next) {
            for (int k = 0; k < runs.size; k++) {
                add(runs.types[k], runs.starts[k], runs.ends[k]);
            }
        }
    }

    int size() {
        return size;
    }

    List<Run> list() {
        List<Run> list = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            list.add(new Run(TYPES[types[k]], text(k).substring(starts[k], ends[k])));
        }
        return list;
    }

    void forEach(Redline.RunWriter writer) throws IOException {
        for (int k = 0; k < size; k++) {
            writer.run(TYPES[types[k]], text(k), starts[k], ends[k]);
        }
    }

    private String text(int k) {
        return types[k] == INSERT ? newText : oldText;
    }

    /**
     * Makes the word-level runs of a passage readable as they come from the comparison: an equal
     * stretch of whitespace or punctuation alone between two changes becomes part of both sides
     * of one change, each change is one deletion followed by one insertion, and what both sides of
     * a change begin or end with, up to a word boundary ("applies" → "applies &amp; more"), is equal
     * text, not part of the change. A change is a range of each text, since the pieces it joins are
     * neighbours in both.
     */
    static final class Tidy {
        private final char[] oldChars;
        private final char[] newChars;
        private final Runs runs;
        private boolean open;
        private int oldFrom;
        private int oldTo;
        private int newFrom;
        private int newTo;
        private boolean held;
        private int heldFrom;
        private int heldTo;

        Tidy(char[] oldChars, char[] newChars, Runs runs) {
            this.oldChars = oldChars;
            this.newChars = newChars;
            this.runs = runs;
        }

        /** Old [oldFrom, oldTo) equals new [newFrom, newTo). */
        void equal(int oldFrom, int oldTo, int newFrom, int newTo) {
            if (!open) {
                runs.equal(oldFrom, oldTo);
                return;
            }
            held = true; // whether it joins two changes depends on what follows
            heldFrom = oldFrom;
            heldTo = oldTo;
            this.oldTo = oldTo;
            this.newTo = newTo;
        }

        /** Old [oldFrom, oldTo) became new [newFrom, newTo). */
        void changed(int oldFrom, int oldTo, int newFrom, int newTo) {
            if (open && held && !isGlue(oldChars, heldFrom, heldTo)) {
                flush();
            }
            if (!open) {
                open = true;
                this.oldFrom = oldFrom;
                this.newFrom = newFrom;
            }
            held = false;
            this.oldTo = oldTo;
            this.newTo = newTo;
        }

        /** Ends the passage. */
        void end() {
            if (open) {
                flush();
            }
        }

        private void flush() {
            int deleteTo = held ? heldFrom : oldTo;
            int insertTo = held ? newTo - (heldTo - heldFrom) : newTo;
            int deleteFrom = oldFrom;
            int insertFrom = newFrom;
            int trailing = 0;
            if (deleteFrom < deleteTo && insertFrom < insertTo) {
                int prefix = sharedPrefix(oldChars, deleteFrom, deleteTo, newChars, insertFrom, insertTo);
                runs.equal(deleteFrom, deleteFrom + prefix);
                deleteFrom += prefix;
                insertFrom += prefix;
                trailing = sharedSuffix(oldChars, deleteFrom, deleteTo, newChars, insertFrom, insertTo);
            }
            runs.delete(deleteFrom, deleteTo - trailing);
            runs.insert(insertFrom, insertTo - trailing);
            runs.equal(deleteTo - trailing, deleteTo);
            if (held) {
                runs.equal(heldFrom, heldTo);
            }
            open = false;
            held = false;
        }
    }

    /** The longest common beginning that ends between words in both texts, leaving something on one side. */
    static int sharedPrefix(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
        int max = Math.min(aTo - aFrom, bTo - bFrom);
        int n = 0;
        while (n < max && a[aFrom + n] == b[bFrom + n]) {
            n++;
        }
        if (n == aTo - aFrom && n == bTo - bFrom) {
            return 0;
        }
        while (n > 0 && !(Words.boundary(a, aFrom, aTo, aFrom + n) && Words.boundary(b, bFrom, bTo, bFrom + n))) {
            n--;
        }
        return n;
    }

    static int sharedSuffix(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
        int aLength = aTo - aFrom;
        int bLength = bTo - bFrom;
        int max = Math.min(aLength, bLength);
        int n = 0;
        while (n < max && a[aTo - 1 - n] == b[bTo - 1 - n]) {
            n++;
        }
        if (n == aLength || n == bLength) {
            n = Math.min(n, max - 1);
        }
        while (n > 0 && !(Words.boundary(a, aFrom, aTo, aTo - n) && Words.boundary(b, bFrom, bTo, bTo - n))) {
            n--;
        }
        return Math.max(0, n);
    }

    private static boolean isGlue(char[] text, int from, int to) {
        if (to - from > 3) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(text[i])) {
                    return false;
                }
            }
            return true;
        }
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text[i])) {
                return false;
            }
        }
        return true;
    }
}
