package org.parley.contract;

import java.util.ArrayList;
import java.util.List;
import org.parley.contract.Redline.Run;
import org.parley.contract.Redline.RunType;

/**
 * How the redline's runs are put together: raw word-level runs made readable ({@link #tidy}) and
 * the pieces of the redline joined into one list without two neighbouring runs of one kind
 * ({@link #append}). Neither step alters the old or the new text the runs spell.
 */
final class Runs {

    private final List<Run> runs = new ArrayList<>();
    private RunType lastType;
    private StringBuilder pending;

    /** Adds a run, joined to the last one when they are of one kind, so that a client gets as few runs as the redline has changes. */
    void append(RunType type, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (type == lastType) {
            pending.append(text);
            return;
        }
        flush();
        lastType = type;
        pending = new StringBuilder(text);
    }

    void appendAll(List<Run> more) {
        for (Run run : more) {
            append(run.type(), run.text());
        }
    }

    List<Run> list() {
        flush();
        lastType = null;
        return runs;
    }

    private void flush() {
        if (pending != null) {
            runs.add(new Run(lastType, pending.toString()));
            pending = null;
        }
    }

    /**
     * Joins runs into readable changes: an EQUAL run of whitespace or punctuation alone between two
     * changes becomes part of both sides of the change, and each change group is one deletion
     * followed by one insertion.
     */
    static List<Run> tidy(List<Run> runs) {
        List<Run> joined = new ArrayList<>(runs.size() + 8);
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
        while (n > 0 && !(Words.boundary(a, n) && Words.boundary(b, n))) {
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
        while (n > 0 && !(Words.boundary(a, a.length() - n) && Words.boundary(b, b.length() - n))) {
            n--;
        }
        return Math.max(0, n);
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
}
