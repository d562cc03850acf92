package org.parley.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

/** Update e-mails through a real SMTP server (GreenMail): exactly once per active member. */
@MailIntegrationTest
class MailDeliveryTest {

    @Autowired
    Api api;

    long negotiation(String marker, String roster) {
        long negotiation = new Scenario(api).negotiation("Mail " + marker, "2026-12-31");
        var imported = new Members(api).importRoster("labor", negotiation, roster, false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return negotiation;
    }

    long update(long negotiation, String title) {
        var created = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", title,
                "markdown", "Today marks the **sixth** day at the table.", "audience", "MEMBERS"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    void awaitDelivered(long update) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("labor", "/api/updates/" + update + "/delivery").json().get("queued").asInt() == 0);
    }

    @Test
    void anUpdateReachesEveryActiveMemberOnceAndNeverTheUnsubscribedOrInactive() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = negotiation(m, "member_id,name,email,status\n"
                + "1,Ana,ana-" + m + "@example.org,active\n2,Ben,ben-" + m + "@example.org,active\n"
                + "3,Cy,cy-" + m + "@example.org,inactive\n4,Dee,dee-" + m + "@example.org,active\n");
        long first = update(negotiation, "First " + m);
        api.post("labor", "/api/updates/" + first + "/publish", null);
        awaitDelivered(first);
        assertThat(TestMail.to("ana-" + m)).hasSize(1);
        assertThat(TestMail.to("cy-" + m)).as("inactive").isEmpty();

        // Dee unsubscribes with the link in her e-mail, without signing in.
        String unsubscribe = TestMail.link(TestMail.to("dee-" + m).get(0), "/unsubscribe/");
        Api.Pages dee = api.anonymous();
        String path = unsubscribe.substring(unsubscribe.indexOf("/unsubscribe/"));
        assertThat(dee.get(path).status()).isEqualTo(200);
        assertThat(dee.submit(path, Map.of()).body()).contains("will not get bargaining update e-mails");

        long second = update(negotiation, "Second " + m);
        for (int click = 0; click < 3; click++) {
            assertThat(api.post("labor", "/api/updates/" + second + "/publish", null).status()).isEqualTo(200);
        }
        awaitDelivered(second);
        var report = api.get("labor", "/api/updates/" + second + "/delivery").json();
        assertThat(report.get("sent").asInt()).isEqualTo(2);
        assertThat(report.get("unsubscribed").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isZero();
        assertThat(TestMail.to("ana-" + m)).as("one message per update, however often publish is pressed").hasSize(2);
        assertThat(TestMail.to("ben-" + m)).hasSize(2);
        assertThat(TestMail.to("dee-" + m)).hasSize(1);
        assertThat(TestMail.to("cy-" + m)).isEmpty();
        assertThat(TestMail.body(TestMail.to("ana-" + m).get(1))).contains("sixth").contains("/unsubscribe/");
    }

    @Test
    void aTemporarySmtpFailureIsRetriedUntilTheMessageGoesThrough() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = negotiation(m, "member_id,name,email\n1,Ana,ana-" + m + "@example.org\n");
        long update = update(negotiation, "Retry " + m);
        TestMail.stop();
        try {
            api.post("labor", "/api/updates/" + update + "/publish", null);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                    api.signIn("labor").get("/updates/" + update).body().contains("attempts"));
            assertThat(api.get("labor", "/api/updates/" + update + "/delivery").json().get("queued").asInt())
                    .as("still queued for another try").isEqualTo(1);
        } finally {
            TestMail.restart();
        }
        awaitDelivered(update);
        assertThat(api.get("labor", "/api/updates/" + update + "/delivery").json().get("sent").asInt()).isEqualTo(1);
        assertThat(TestMail.to("ana-" + m)).hasSize(1);
    }
}
