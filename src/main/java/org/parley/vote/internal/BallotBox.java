package org.parley.vote.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.parley.vote.Receipt;

/**
 * Group commit for ballots: requests wait in a queue, a few writer threads take whatever has arrived
 * (up to {@link #BATCH}) and write each vote's share in one transaction, so that a thousand members
 * voting at once need a few dozen commits rather than a thousand. A caller gets its receipt only once
 * the transaction holding its ballot has committed; a ballot that cannot go with the others (a member
 * who already voted, a closed vote) is written, or refused, in a transaction of its own.
 */
final class BallotBox {

    static final int BATCH = 200;
    static final int WRITERS = 4;
    private static final long WAIT_SECONDS = 60;

    private final LinkedBlockingQueue<VoteService.Cast> queue = new LinkedBlockingQueue<>();
    private final BiConsumer<Long, List<VoteService.Cast>> together;
    private final Function<VoteService.Cast, Receipt> alone;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    BallotBox(BiConsumer<Long, List<VoteService.Cast>> together, Function<VoteService.Cast, Receipt> alone) {
        this.together = together;
        this.alone = alone;
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = Thread.ofPlatform().daemon().name("ballot-writer-" + i).unstarted(this::write);
            writers.add(writer);
            writer.start();
        }
    }

    /** Queues a ballot and waits for its receipt; a refusal or a failure is thrown as it was raised. */
    Receipt cast(VoteService.Cast cast) {
        if (!running) {
            return alone.apply(cast);
        }
        queue.add(cast);
        try {
            return cast.receipt().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the ballot was being written", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the ballot was not written within " + WAIT_SECONDS + " s", e);
        }
    }

    private void write() {
        while (running) {
            try {
                VoteService.Cast first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<VoteService.Cast> batch = new ArrayList<>(BATCH);
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                Map<Long, List<VoteService.Cast>> byVote = new LinkedHashMap<>();
                batch.forEach(c -> byVote.computeIfAbsent(c.vote().id(), id -> new ArrayList<>()).add(c));
                byVote.forEach((voteId, casts) -> {
                    try {
                        together.accept(voteId, casts);
                    } catch (RuntimeException | Error e) {
                        casts.forEach(c -> c.receipt().completeExceptionally(e));
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void stop() {
        running = false;
        writers.forEach(Thread::interrupt);
        VoteService.Cast left;
        while ((left = queue.poll()) != null) {
            left.receipt().completeExceptionally(new IllegalStateException("Parley is stopping; the ballot was not cast"));
        }
    }
}
