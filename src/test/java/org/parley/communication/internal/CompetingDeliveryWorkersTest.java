package org.parley.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.CompetingWorkers;
import org.parley.support.MailIntegrationTest;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Update e-mails sent by workers competing on one database (two threads beside the scheduled sender, as
 * instances behind a load balancer): every member gets the update exactly once.
 */
@MailIntegrationTest
class CompetingDeliveryWorkersTest {

    @Autowired
    Api api;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void anUpdatePublishedWhileTwoWorkersRunReachesEveryMemberExactlyOnce() throws Exception {
        int members = 60;
        long negotiation = new Ballots(api).negotiationWithRoster("Competing senders", members);
        var created = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Day six",
                "markdown", "Today marks the sixth day at the table.", "audience", "MEMBERS"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long update = created.id();
        double sentBefore = meters.get("parley.mail.sent").tag("queue", "updates").counter().count();
        long sentRowsBefore = sentRows();

        List<Integer> took = CompetingWorkers.race(2, () -> worker.sendBatch(3),
                () -> assertThat(api.post("labor", "/api/updates/" + update + "/publish", null).status()).isEqualTo(200),
                () -> queued(update) == 0 && rows(update) > 0);

        for (int i = 1; i <= members; i++) {
            assertThat(TestMail.to("m" + i + "-" + negotiation + "@")).as("member %d (the workers took %s)", i, took).hasSize(1);
        }
        var report = api.get("labor", "/api/updates/" + update + "/delivery").json();
        assertThat(report.get("sent").asInt()).isEqualTo(members);
        assertThat(meters.get("parley.mail.sent").tag("queue", "updates").counter().count() - sentBefore)
                .as("one count per message handed over").isEqualTo(sentRows() - sentRowsBefore);
    }

    private long queued(long update) {
        return jdbc.sql("select count(*) from communication_delivery where update_id = :u and status = 'QUEUED'").param("u", update)
                .query(Long.class).single();
    }

    private long rows(long update) {
        return jdbc.sql("select count(*) from communication_delivery where update_id = :u").param("u", update).query(Long.class).single();
    }

    private long sentRows() {
        return jdbc.sql("select count(*) from communication_delivery where status = 'SENT'").query(Long.class).single();
    }
}
