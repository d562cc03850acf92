package org.parley.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One module's durable queue, worked through by any number of instances at once: a worker claims a
 * batch of due rows in the database before it does any of them, and then reads, does and marks only
 * the rows its claim holds ({@code claimed_by = token}), so no two instances take the same row.
 *
 * <p>The claim locks due rows with {@code select … for update skip locked} (PostgreSQL and H2 2.x alike:
 * a second instance skips the rows the first is claiming instead of waiting for them) and writes a
 * lease on them in the same short transaction. Rows whose lease ran out (the instance crashed, or its
 * batch outlived the lease) are due again, so a crash between doing a row and marking it done does that
 * row at most twice; a worker stops its batch before its lease runs out ({@link Claim#lapsed}) and
 * {@link #release gives back} what it did not do.
 *
 * <p>The table has, besides its key: {@code status} ({@code 'QUEUED'} while there is work to do),
 * {@code queued_at}, {@code next_attempt_at} (not before), {@code claimed_by} and {@code claimed_until}.
 * Marking a row done or due again clears {@code claimed_by} and {@code claimed_until}, on condition that
 * the claim still holds it. Every one of these times is real time ({@link #now}), never the pinned "today".
 */
public final class WorkQueue {

    /**
     * A batch of rows held until {@code until}; {@code size} rows, 0 when nothing was due. The worker
     * stops taking rows of it a tenth of the lease before it runs out.
     */
    public record Claim(String token, int size, Instant until, Instant stopBy) {

        public boolean lapsed(Instant now) {
            return !now.isBefore(stopBy);
        }
    }

    private final String name;
    private final String table;
    private final String[] key;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lease;
    private final Counter sent;
    private final Counter failed;

    WorkQueue(String name, String table, String[] key, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions,
            MeterRegistry meters, Clock clock, Duration lease) {
        if (!table.matches("[a-z_]+") || key.length == 0 || !String.join(",", key).matches("[a-z_,]+")) {
            throw new IllegalArgumentException("A queue table and its key are plain lower-case names: " + table);
        }
        this.name = name;
        this.table = table;
        this.key = key.clone();
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
        Gauge.builder("parley.queue.depth", this, WorkQueue::depth).tag("queue", name).strongReference(true)
                .description("Messages queued and not yet sent (or given up)").register(meters);
        Gauge.builder("parley.queue.oldest.age.seconds", this, WorkQueue::oldestAgeSeconds).tag("queue", name).strongReference(true)
                .description("How long the oldest queued message has waited, in seconds").baseUnit("seconds").register(meters);
        this.sent = Counter.builder("parley.mail.sent").tag("queue", name).description("E-mails handed to the mail server").register(meters);
        this.failed = Counter.builder("parley.mail.failed").tag("queue", name)
                .description("Attempts the mail server refused or could not take (each retry counts)").register(meters);
    }

    public String name() {
        return name;
    }

    /**
     * The queue's time, the {@link RealTime} clock: what {@code queued_at}, {@code next_attempt_at} and leases are
     * written in and compared with, the same on every instance whatever "today" each one pins.
     */
    public Instant now() {
        return clock.instant();
    }

    /** Claims up to {@code limit} due rows for the configured lease. */
    public Claim claim(int limit) {
        return claim(limit, lease);
    }

    /** Claims up to {@code limit} due rows, oldest due first, for {@code leaseFor}. */
    public Claim claim(int limit, Duration leaseFor) {
        String token = UUID.randomUUID().toString();
        Instant now = now();
        Instant until = now.plus(leaseFor);
        String columns = String.join(", ", key);
        String due = "select " + columns + " from " + table + """
                 where status = 'QUEUED' and next_attempt_at <= ? and (claimed_until is null or claimed_until <= ?)
                 order by next_attempt_at, %s limit ? for update skip locked
                """.formatted(columns);
        String take = "update " + table + " set claimed_by = ?, claimed_until = ? where "
                + String.join(" and ", java.util.Arrays.stream(key).map(k -> k + " = ?").toList());
        Integer size = transactions.execute(status -> {
            List<Object[]> rows = template.query(due, (rs, n) -> {
                Object[] values = new Object[key.length + 2];
                values[0] = token;
                values[1] = utc(until);
                for (int i = 0; i < key.length; i++) {
                    values[i + 2] = rs.getObject(i + 1);
                }
                return values;
            }, utc(now), utc(now), limit);
            if (!rows.isEmpty()) {
                template.batchUpdate(take, new ArrayList<>(rows));
            }
            return rows.size();
        });
        return new Claim(token, size == null ? 0 : size, until, until.minus(leaseFor.dividedBy(10)));
    }

    /**
     * Claims up to {@code limit} due rows, reads them with {@code rowsOf} (given the claim's token) and hands
     * each to {@code work} (with the token, to mark it by) until the lease is about to run out; gives back
     * whatever it did not do. Returns how many rows it claimed.
     */
    public <T> int workThrough(int limit, Function<String, List<T>> rowsOf, BiConsumer<String, T> work) {
        Claim claim = claim(limit);
        if (claim.size() == 0) {
            return 0;
        }
        try {
            for (T row : rowsOf.apply(claim.token())) {
                if (claim.lapsed(now())) {
                    break; // the rest goes back to the queue, for whoever claims it next
                }
                work.accept(claim.token(), row);
            }
        } finally {
            release(claim);
        }
        return claim.size();
    }

    /** Gives back the rows of a claim that are still held (not done): they are due again at once. */
    public void release(Claim claim) {
        if (claim.size() > 0) {
            jdbc.sql("update " + table + " set claimed_by = null, claimed_until = null where claimed_by = :token")
                    .param("token", claim.token()).update();
        }
    }

    /** Counts a message handed to the mail server. */
    public void sent() {
        sent.increment();
    }

    /** Counts an attempt the mail server refused or could not take. */
    public void failed() {
        failed.increment();
    }

    private double depth() {
        try {
            return jdbc.sql("select count(*) from " + table + " where status = 'QUEUED'").query(Long.class).single();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }

    private double oldestAgeSeconds() {
        try {
            OffsetDateTime oldest = jdbc.sql("select min(queued_at) from " + table + " where status = 'QUEUED'")
                    .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().orElse(null);
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now()).toMillis() / 1000.0);
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
