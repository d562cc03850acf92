package org.parley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The claims every durable queue is worked through with, on the database the build selects (H2, then
 * PostgreSQL): two workers on one database never take the same row, and a row a dead worker claimed is
 * taken again once its lease runs out.
 */
@ParleyIntegrationTest
class WorkQueueTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    PlatformTransactionManager transactions;

    /** A clock a test moves forward by hand. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as the database keeps it

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private WorkQueues queues(Clock clock, SimpleMeterRegistry meters) {
        return new WorkQueues(jdbc, template, transactions, meters, clock, Duration.ofMinutes(5));
    }

    private void table(String name, int rows, Instant at) {
        QueueTable.create(jdbc, template, name, rows, at);
    }

    @Test
    void twoWorkersOnOneDatabaseNeverTakeTheSameRow() throws Exception {
        int rows = 400;
        Clock clock = Clock.systemUTC();
        table("platform_queue_race", rows, clock.instant().minusSeconds(1));
        WorkQueue first = queues(clock, new SimpleMeterRegistry()).queue("race", "platform_queue_race", "id");
        WorkQueue second = queues(clock, new SimpleMeterRegistry()).queue("race", "platform_queue_race", "id");
        Map<Long, String> takenBy = new ConcurrentHashMap<>();
        List<Long> takenTwice = java.util.Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (var worker : List.of(Map.entry("first", first), Map.entry("second", second))) {
                done.add(threads.submit(() -> {
                    start.await();
                    int took = 0;
                    WorkQueue.Claim claim;
                    do {
                        claim = worker.getValue().claim(7);
                        for (long id : jdbc.sql("select id from platform_queue_race where claimed_by = :token")
                                .param("token", claim.token()).query(Long.class).list()) {
                            if (takenBy.putIfAbsent(id, worker.getKey()) != null) {
                                takenTwice.add(id);
                            }
                            jdbc.sql("update platform_queue_race set status = 'DONE', claimed_by = null, claimed_until = null"
                                    + " where id = :id and claimed_by = :token").param("id", id).param("token", claim.token()).update();
                            took++;
                        }
                        worker.getValue().release(claim);
                    } while (claim.size() > 0);
                    return took;
                }));
            }
            int firstTook = done.get(0).get();
            int secondTook = done.get(1).get();
            assertThat(takenTwice).as("rows both workers took").isEmpty();
            assertThat(firstTook + secondTook).isEqualTo(rows);
            assertThat(takenBy).hasSize(rows);
            assertThat(jdbc.sql("select count(*) from platform_queue_race where status = 'QUEUED'").query(Long.class).single()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRowADeadWorkerClaimedIsTakenAgainWhenItsLeaseRunsOutAndTheGaugesSayHowLongItWaited() {
        MovableClock clock = new MovableClock();
        table("platform_queue_lease", 5, clock.instant());
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        WorkQueue queue = queues(clock, meters).queue("lease", "platform_queue_lease", "id");

        WorkQueue.Claim dead = queue.claim(10, Duration.ofSeconds(60)); // claimed, then the instance died
        assertThat(dead.size()).isEqualTo(5);
        assertThat(queue.claim(10).size()).as("held by the dead worker's lease").isZero();
        clock.advance(Duration.ofSeconds(59));
        assertThat(queue.claim(10).size()).as("still held a second before the lease runs out").isZero();
        assertThat(meters.get("parley.queue.depth").tag("queue", "lease").gauge().value()).isEqualTo(5);
        assertThat(meters.get("parley.queue.oldest.age.seconds").tag("queue", "lease").gauge().value()).isEqualTo(59);

        clock.advance(Duration.ofSeconds(1));
        WorkQueue.Claim alive = queue.claim(10);
        assertThat(alive.size()).as("taken again once the lease ran out").isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from platform_queue_lease where claimed_by = :token").param("token", alive.token())
                .query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("update platform_queue_lease set status = 'DONE' where claimed_by = :token").param("token", dead.token())
                .update()).as("the dead worker's claim holds nothing any more").isZero();

        queue.release(alive);
        assertThat(queue.claim(3).size()).as("what a worker gives back is due again at once").isEqualTo(3);
        assertThat(alive.lapsed(clock.instant())).isFalse();
        clock.advance(Duration.ofSeconds(271));
        assertThat(alive.lapsed(clock.instant())).as("a worker stops a tenth of the lease before it runs out").isTrue();
    }
}
