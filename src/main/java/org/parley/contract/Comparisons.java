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
 * whole, and passages compared word by word ({@link Words}). For short texts each is done at once
 * on the caller's thread. For long ones (whole agreements) they are cut into stretches of some
 * tens of thousands of characters, and a second core compares the words of the stretches already
 * cut while the caller is still pairing the paragraphs of later ones ({@link ParagraphPairing});
 * each stretch writes runs of its own, joined in order at the end. The word comparisons are half
 * of a whole agreement's redline and need nothing from each other, so a person waiting for the
 * redline of two long agreements waits about a third less on a machine with two cores; the
 * runs are the same, run for run, as one thread's.
 */
final class Comparisons {

    /** Below this many characters in the two texts together, a second thread would cost more than it saves. */
    static final int LONG = 64_000;
    /** Characters of word-by-word comparison in one stretch: enough that handing it over is cheap beside doing it. */
    private static final int STRETCH = 32_000;

    private static final int EQUAL = 0;
    private static final int DELETE = 1;
    private static final int INSERT = 2;
    private static final int COMPARE = 3;

    private final String oldText;
    private final String newText;
    private final char[] oldChars;
    private final char[] newChars;
    private final Runs runs;
    private final Words words;
    private final Executor helper;
    private final List<Stretch> stretches = new ArrayList<>();
    private final ConcurrentLinkedQueue<Stretch> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean helping = new AtomicBoolean();
    private Stretch current;

    private Comparisons(String oldText, char[] oldChars, String newText, char[] newChars, Executor helper) {
        this.oldText = oldText;
        this.newText = newText;
        this.oldChars = oldChars;
        this.newChars = newChars;
        this.runs = new Runs(oldText, newText);
        this.words = new Words(oldChars, newChars);
        this.helper = helper;
    }

    /** The comparisons of two texts, shared with a second core when the texts are long and the machine has one. */
    static Comparisons of(String oldText, char[] oldChars, String newText, char[] newChars) {
        boolean shared = oldChars.length + newChars.length >= LONG && Runtime.getRuntime().availableProcessors() > 1;
        return of(oldText, oldChars, newText, newChars, shared ? ForkJoinPool.commonPool() : null);
    }

    /** The comparisons of two texts, shared with this helper (none: all on the caller's thread). */
    static Comparisons of(String oldText, char[] oldChars, String newText, char[] newChars, Executor helper) {
        return new Comparisons(oldText, oldChars, newText, newChars, helper);
    }

    /** Old text [from, to) is in both texts. */
    void equal(int from, int to) {
        record(EQUAL, from, to, 0, 0);
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
            apply(kind, a, b, c, d, words, runs);
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
        Words own = new Words(oldChars, newChars);
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
        for (Stretch stretch : stretches) {
            runs.append(stretch.result());
        }
        return runs;
    }

    private static void apply(int kind, int a, int b, int c, int d, Words words, Runs into) {
        switch (kind) {
            case EQUAL -> into.equal(a, b);
            case DELETE -> into.delete(a, b);
            case INSERT -> into.insert(a, b);
            default -> words.diff(a, b, c, d, into);
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
            if (kind == COMPARE) {
                work += b - a + d - c;
            }
        }

        void runIfUnclaimed(Words words) {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                Runs own = new Runs(oldText, newText);
                for (int k = 0; k < size; k += 5) {
                    apply(ops[k], ops[k + 1], ops[k + 2], ops[k + 3], ops[k + 4], words, own);
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
