package org.parley.platform;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a durable queue (a module's table of work, one row per message) is shared by any number
 * of Parley instances on one database. Each module's worker gets its {@link WorkQueue} here, once, for
 * its own table; the table keeps the columns {@link WorkQueue} names. A claim is a lease
 * ({@code parley.delivery.lease}, 5 minutes by default): rows an instance claimed and did not finish
 * become due again when it runs out.
 *
 * <p>A queue keeps time on the {@link RealTime} clock: leases, {@code next_attempt_at} and {@code queued_at} are
 * compared across instances, and a pinned "today" (demo, {@code PARLEY_TODAY}) must never make another instance's
 * lease look run out or everlasting, nor put a message off until the pinned date comes round.
 */
@Component
public class WorkQueues {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration lease;

    public WorkQueues(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactionManager, MeterRegistry meters,
            @RealTime Clock clock, @Value("${parley.delivery.lease:PT5M}") Duration lease) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = new TransactionTemplate(transactionManager);
        // a claim commits on its own, even when a caller's transaction is open, so that no instance waits on it
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.meters = meters;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * The queue kept in {@code table}, whose rows are told apart by the {@code key} columns; {@code name}
     * tags its metrics ({@code parley.queue.depth}, {@code parley.queue.oldest.age.seconds},
     * {@code parley.mail.sent}, {@code parley.mail.failed}).
     */
    public WorkQueue queue(String name, String table, String... key) {
        return new WorkQueue(name, table, key, jdbc, template, transactions, meters, clock, lease);
    }
}
