package org.parley.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one redline does after its lines are compared, in order: text kept, struck or inserted
 * whole, changed passages paired paragraph by paragraph ({@link ParagraphPairing}) and compared
 * word by word ({@link Words}). For short texts each is done at once on the caller's thread. For
 * long ones (whole agreements) the work is cut into stretches of about {@value #STRETCH}
 * characters, and a second core takes the stretches already cut while the caller is still walking
 * the lines or pairing the paragraphs of a long passage; each stretch writes runs of its own,
 * joined in order at the end. Passages need nothing from each other, so a person waiting for the
 * redline of two long agreements waits about a third less on a machine with two cores; the
 * runs are the same, run for run, as one thread's.
 */
final class Comparisons {

    /** Below this many characters in the two texts together, a second thread would cost more than it saves. */
    static final int LONG = 64_000;
    /** Characters to pair and compare in one stretch: enough that handing it over is cheap beside doing it (8,000 to 32,000 measured alike). */
    private static final int STRETCH = 16_000;

    private static final int EQUAL = 0;
    private static final int DELETE = 1;
    private static final int INSERT = 2;
    private static final int COMPARE = 3;
    private static final int PASSAGE = 4;
    private static final int SAME = 5;

    private final ParagraphPairing.Text before;
    private final ParagraphPairing.Text after;
    private final String oldText;
    private final String newText;
    private final Runs runs;
    private final Words words;
    private final Executor helper;
    private final List<Stretch> stretches = new ArrayList<>();
    private final ConcurrentLinkedQueue<Stretch> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean helping = new AtomicBoolean();
    private Stretch current;

    private Comparisons(String oldText, ParagraphPairing.Text before, String newText, ParagraphPairing.Text after, Words words, Runs runs,
                        Executor helper) {
        this.oldText = oldText;
        this.newText = newText;
        this.before = before;
        this.after = after;
        this.runs = runs;
        this.words = words;
        this.helper = helper;
    }

    /** Who shares the work of a redline of two texts this long: a second core when they are long and the machine has one, else nobody. */
    static Executor helperFor(int characters) {
        return characters >= LONG && Runtime.getRuntime().availableProcessors() > 1 ? ForkJoinPool.commonPool() : null;
    }

    /** The comparisons of two texts, shared with this helper (none: all on the caller's thread). */
    static Comparisons of(String oldText, ParagraphPairing.Text before, String newText, ParagraphPairing.Text after, Executor helper) {
        return new Comparisons(oldText, before, newText, after, new Words(before.chars(), after.chars()), new Runs(oldText, newText), helper);
    }

    /** The same texts, done at once by one thread with its own word table, into these runs. */
    private Comparisons alone(Words own, Runs into) {
        return new Comparisons(oldText, before, newText, after, own, into, null);
    }

    /**
     * Lines [oldFrom, oldTo) of the old text against lines [newFrom, newTo) of the new, changed:
     * paired paragraph by paragraph ({@link ParagraphPairing}) by whichever thread takes its stretch,
     * or here when the passage is a stretch or more by itself, its word comparisons then shared.
     */
    void passage(int oldFrom, int oldTo, int newFrom, int newTo) {
        int characters = before.lines()[oldTo] - before.lines()[oldFrom] + after.lines()[newTo] - after.lines()[newFrom];
        if (helper == null || characters >= STRETCH) {
            ParagraphPairing.redline(before, oldFrom, oldTo, after, newFrom, newTo, this);
        } else {
            record(PASSAGE, oldFrom, oldTo, newFrom, newTo);
        }
    }

    /** Old [oldFrom, oldTo) and new [newFrom, newTo) are alike but perhaps in their spacing ({@link Spacing}). */
    void same(int oldFrom, int oldTo, int newFrom, int newTo) {
        if (oldTo - oldFrom == newTo - newFrom && Arrays.equals(before.chars(), oldFrom, oldTo, after.chars(), newFrom, newTo)) {
            record(EQUAL, oldFrom, oldTo, 0, 0);
        } else {
            record(SAME, oldFrom, oldTo, newFrom, newTo);
        }
    }

    /** Old text [from, to) is struck out whole. */
    void delete(int from, int to) {
        record(DELETE, from, to, 0, 0);
    }

    /** New text [from, to) is inserted whole. */
    void insert(int from, int to) {
        record(INSERT, from, to, 0, 0);
    }

    /** Old [oldFrom, oldTo) against new [newFrom, newTo), word by word. */
    void compare(int oldFrom, int oldTo, int newFrom, int newTo) {
        record(COMPARE, oldFrom, oldTo, newFrom, newTo);
    }

    private void record(int kind, int a, int b, int c, int d) {
        if (helper == null) {
            apply(kind, a, b, c, d);
            return;
        }
        if (current == null) {
            current = new Stretch();
        }
        current.add(kind, a, b, c, d);
        if (current.work >= STRETCH) {
            handOver();
        }
    }

    private void handOver() {
        Stretch stretch = current;
        current = null;
        stretches.add(stretch);
        waiting.offer(stretch);
        if (helping.compareAndSet(false, true)) {
            helper.execute(this::help);
        }
    }

    /** On the helper's thread: the stretches handed over, oldest first, until none waits. */
    private void help() {
        Words own = new Words(before.chars(), after.chars());
        while (true) {
            for (Stretch stretch = waiting.poll(); stretch != null; stretch = waiting.poll()) {
                stretch.runIfUnclaimed(own);
            }
            helping.set(false);
            if (waiting.isEmpty() || !helping.compareAndSet(false, true)) {
                return; // nothing came while stopping, or another helper took over
            }
        }
    }

    /**
     * Work of this redline that does not depend on what the caller does next (the words of a long
     * passage's new paragraphs while the caller reads the old ones): handed to the helper's core
     * when the texts are long and the work is a stretch or more, done by whoever first needs it
     * ({@link #await}) otherwise.
     */
    <T> FutureTask<T> beside(int characters, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (helper != null && characters >= STRETCH) {
            helper.execute(task);
        }
        return task;
    }

    /** The result of work handed to {@link #beside}: done here if nobody has begun it, else awaited. */
    static <T> T await(FutureTask<T> task) {
        task.run(); // does nothing when it has begun elsewhere
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the redline was being compared", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** All the runs, in order: the stretches nobody has begun are done here, then each is awaited. */
    Runs finish() {
        if (helper == null) {
            return runs;
        }
        if (current != null) {
            handOver();
        }
        for (Stretch stretch : stretches) {
            stretch.runIfUnclaimed(words); // first whatever nobody has begun, rather than wait in order while some lie unclaimed
        }
        List<Runs> done = new ArrayList<>(stretches.size());
        for (Stretch stretch : stretches) {
            done.add(stretch.result());
        }
        runs.append(done);
        return runs;
    }

    private void apply(int kind, int a, int b, int c, int d) {
        switch (kind) {
            case EQUAL -> runs.equal(a, b);
            case DELETE -> runs.delete(a, b);
            case INSERT -> runs.insert(a, b);
            case COMPARE -> words.diff(a, b, c, d, runs);
            case SAME -> {
                if (!Spacing.redline(before.chars(), a, b, after.chars(), c, d, runs)) {
                    words.diff(a, b, c, d, runs);
                }
            }
            default -> ParagraphPairing.redline(before, a, b, after, c, d, this);
        }
    }

    /** A stretch of the work in order, done once by whichever thread claims it first, into runs of its own. */
    private final class Stretch {
        private int[] ops = new int[5 * 32];
        private int size;
        private int work;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private Runs runs;
        private Throwable failure;

        void add(int kind, int a, int b, int c, int d) {
            if (size + 5 > ops.length) {
                ops = Arrays.copyOf(ops, ops.length * 2);
            }
            ops[size++] = kind;
            ops[size++] = a;
            ops[size++] = b;
            ops[size++] = c;
            ops[size++] = d;
            if (kind == COMPARE || kind == SAME) {
                work += b - a + d - c;
            } else if (kind == PASSAGE) {
                work += before.lines()[b] - before.lines()[a] + after.lines()[d] - after.lines()[c];
            }
        }

        void runIfUnclaimed(Words words) {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                Runs own = new Runs(oldText, newText);
                Comparisons here = alone(words, own);
                for (int k = 0; k < size; k += 5) {
                    here.apply(ops[k], ops[k + 1], ops[k + 2], ops[k + 3], ops[k + 4]);
                }
                runs = own;
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                done.countDown();
            }
        }

        Runs result() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the redline was being compared", e);
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return runs;
        }
    }
}
