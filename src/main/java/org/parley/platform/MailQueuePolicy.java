package org.parley.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How every durable e-mail queue (bargaining updates, voting keys) is worked through, so that they
 * behave alike: batches of {@code parley.delivery.batch-size}; a temporary failure (no connection, a
 * 4xx reply) tried again after {@code parley.delivery.retry-after}, doubling each time, up to
 * {@code parley.delivery.max-attempts}; a permanent one (a 5xx reply, a rejected address) given up at once.
 */
@Component
public class MailQueuePolicy {

    private static final Logger log = LoggerFactory.getLogger(MailQueuePolicy.class);

    private final int batchSize;
    private final Duration retryAfter;
    private final int maxAttempts;

    public MailQueuePolicy(@Value("${parley.delivery.batch-size:200}") int batchSize,
            @Value("${parley.delivery.retry-after:PT1M}") Duration retryAfter,
            @Value("${parley.delivery.max-attempts:5}") int maxAttempts) {
        this.batchSize = batchSize;
        this.retryAfter = retryAfter;
        this.maxAttempts = maxAttempts;
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * When to try a message again after {@code attempts} failed tries (the one that just failed
     * included), or empty when it is to be given up.
     */
    public Optional<Instant> retryAt(Postbox.MailFailure failure, int attempts, Instant now) {
        if (!failure.temporary() || attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(retryAfter.multipliedBy(1L << Math.min(attempts - 1, 10))));
    }

    /**
     * Runs {@code sendBatch} (which returns how many messages it took) until a batch comes back short.
     * A run already under way in this instance is not started twice by the scheduler (the flag only saves
     * work: which instance sends what is decided by the claims in the database, {@link WorkQueue}); a
     * failure is logged and left for the next run.
     */
    public void drain(AtomicBoolean running, IntSupplier sendBatch, String queue) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (sendBatch.getAsInt() == batchSize) {
                // a full batch: there may be more due right away
            }
        } catch (RuntimeException e) {
            log.warn("The {} could not be worked through: {}", queue, e.getMessage());
        } finally {
            running.set(false);
        }
    }
}
