package org.parley.term.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.CompetingWorkers;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders before deadlines through a real SMTP server (GreenMail): once each, to the side's own addresses only. */
@MailIntegrationTest
class DeadlineRemindersTest {

    @Autowired
    Api api;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachSideIsRemindedOfItsDeadlinesOnceAtEachLead() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        negotiationWithDeadlines(m);

        reminders.sendDue();
        reminders.sendDue();

        var labor = TestMail.to("lab-" + m);
        assertThat(labor).hasSize(2);
        String laborMail = String.join("\n", labor.stream().map(TestMail::body).toList());
        assertThat(laborMail).contains("Our strike committee meets " + m).contains("158(d)(1)").contains("counsel")
                .doesNotContain("Their lockout plan");
        var management = TestMail.to("mgt-" + m);
        assertThat(management).hasSize(2);
        assertThat(String.join("\n", management.stream().map(TestMail::body).toList())).contains("Their lockout plan " + m)
                .doesNotContain("Our strike committee");
    }

    @Test
    void remindersLookedForByTwoWorkersAtOnceGoOutOnceEach() throws Exception {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = negotiationWithDeadlines(m);

        List<Integer> sent = CompetingWorkers.race(2, reminders::sendDue, () -> { },
                () -> jdbc.sql("select count(*) from term_reminder_sent where negotiation_id = :n and status <> 'QUEUED'")
                        .param("n", negotiation).query(Long.class).single() == 4);

        assertThat(TestMail.to("lab-" + m)).as("the workers sent %s", sent).hasSize(2);
        assertThat(TestMail.to("mgt-" + m)).hasSize(2);
    }

    /** A negotiation whose two sides each have two deadlines at a reminder lead, and one reminder address each. */
    private long negotiationWithDeadlines(String m) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles")));
        // the § 8(d)(1) notice is due 60 days before the last day in force: 14 days from today
        long negotiation = new Scenario(api).negotiation("Reminders " + m, today.plusDays(74).toString());
        String deadlines = "/api/negotiations/" + negotiation + "/custom-deadlines";
        assertThat(api.post("labor", deadlines, Map.of("label", "Our strike committee meets " + m, "date", today.plusDays(7).toString(),
                "audience", "LABOR")).status()).isEqualTo(201);
        assertThat(api.post("management", deadlines, Map.of("label", "Their lockout plan " + m, "date", today.plusDays(7).toString(),
                "audience", "MANAGEMENT")).status()).isEqualTo(201);
        assertThat(api.post("labor", "/api/negotiations/" + negotiation + "/reminder-recipients", Map.of("email", "lab-" + m + "@example.org"))
                .status()).isEqualTo(201);
        assertThat(api.post("management", "/api/negotiations/" + negotiation + "/reminder-recipients", Map.of("email", "mgt-" + m + "@example.org"))
                .status()).isEqualTo(201);
        assertThat(api.post("labor", "/api/negotiations/" + negotiation + "/reminder-recipients", Map.of("email", "not an address")).status())
                .isEqualTo(400);
        return negotiation;
    }
}
