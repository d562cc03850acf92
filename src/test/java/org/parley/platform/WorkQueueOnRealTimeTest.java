package org.parley.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With "today" pinned far in the past (as RealTimeForSecurityTest pins it, so the two share a context), the
 * application's queues claim, lease and queue on real time: a lease taken here holds for its length in real
 * time on an instance pinned to nothing, a lease run out in real time is not held for ever, and what is queued
 * is due now, not on the pinned date.
 */
@MailIntegrationTest
@TestPropertySource(properties = {"parley.today=2001-01-01", "parley.health.mail-recheck=PT0S"})
class WorkQueueOnRealTimeTest {

    private static final Duration LEASE = Duration.ofMinutes(5); // parley.delivery.lease's default
    private static final Duration SLACK = Duration.ofSeconds(30);

    @Autowired
    WorkQueues queues;

    @Autowired
    Clock pinned;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Api api;

    @Test
    void aLeaseTakenOnAPinnedInstanceHoldsForItsLengthInRealTimeOnEveryInstance() {
        assertThat(LocalDate.now(pinned)).as("the figures' clock is pinned").isEqualTo(LocalDate.of(2001, 1, 1));
        Instant now = Instant.now();
        table("platform_queue_real_time", 5, now.minusSeconds(1));
        WorkQueue here = queues.queue("real-time", "platform_queue_real_time", "id");
        WorkQueue unpinned = new WorkQueues(jdbc, template, transactions, new SimpleMeterRegistry(), Clock.systemUTC(), LEASE)
                .queue("real-time", "platform_queue_real_time", "id");

        WorkQueue.Claim claim = here.claim(10);
        assertThat(claim.size()).as("rows due a second ago in real time are due, though long after the pinned date").isEqualTo(5);
        assertThat(claim.until()).as("the lease runs for its length from real now")
                .isBetween(now.plus(LEASE).minus(SLACK), now.plus(LEASE).plus(SLACK));
        assertThat(unpinned.claim(10).size()).as("held on an instance pinned to nothing").isZero();
        assertThat(here.claim(10).size()).as("held on this instance").isZero();

        // The instance died a lease ago, in real time: its rows are taken again, not held until the pinned date comes round.
        jdbc.sql("update platform_queue_real_time set claimed_until = :ran_out where claimed_by = :token")
                .param("ran_out", WorkQueue.utc(Instant.now().minusSeconds(1))).param("token", claim.token()).update();
        assertThat(here.claim(10).size()).as("a lease run out in real time").isEqualTo(5);
    }

    @Test
    void anUpdatePublishedOnAPinnedInstanceIsQueuedAndSentInRealTime() {
        String run = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        long negotiation = new Scenario(api).negotiation("Real-time queue " + run, "2026-12-31");
        var imported = new Members(api).importRoster("labor", negotiation,
                "member_id,name,email\nQ1,Quinn Queue," + run + "@example.org\n", false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Queued " + run,
                "markdown", "On real time.", "audience", "MEMBERS")).id();
        Instant published = Instant.now();
        assertThat(api.post("labor", "/api/updates/" + update + "/publish", null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.to(run + "@").size() == 1);
        OffsetDateTime queued = jdbc.sql("select queued_at from communication_delivery where update_id = :u").param("u", update)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
        assertThat(queued.toInstant()).as("queued on real time, not on the pinned date")
                .isBetween(published.minus(SLACK), published.plus(SLACK));
    }

    private void table(String name, int rows, Instant at) {
        QueueTable.create(jdbc, template, name, rows, at.truncatedTo(ChronoUnit.MILLIS));
    }
}
