package org.parley.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Workers of one queue competing on one database, as instances behind a load balancer do: each thread
 * sends batch after batch (beside the application's own scheduled worker) until the queue is drained.
 */
public final class CompetingWorkers {

    private CompetingWorkers() {
    }

    /**
     * Starts {@code workers} threads of {@code sendBatch}, runs {@code queue} (which queues the work) once they
     * are running, and waits until {@code drained}; returns how many rows each thread took.
     */
    public static List<Integer> race(int workers, IntSupplier sendBatch, Runnable queue, BooleanSupplier drained) throws Exception {
        CyclicBarrier start = new CyclicBarrier(workers + 1);
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        try {
            List<Future<Integer>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(threads.submit(() -> {
                    start.await();
                    int took = 0;
                    while (!drained.getAsBoolean()) {
                        if (Instant.now().isAfter(giveUp)) {
                            throw new IllegalStateException("The queue was not drained within a minute");
                        }
                        int batch = sendBatch.getAsInt();
                        took += batch;
                        if (batch == 0) {
                            Thread.sleep(20); // what is left is held by another worker or waits for a retry
                        }
                    }
                    return took;
                }));
            }
            start.await();
            queue.run();
            List<Integer> took = new ArrayList<>();
            for (Future<Integer> worker : running) {
                took.add(worker.get());
            }
            return took;
        } finally {
            threads.shutdownNow();
        }
    }
}
