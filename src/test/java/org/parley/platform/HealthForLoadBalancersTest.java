package org.parley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.MailIntegrationTest;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * What a load balancer asks, from outside over HTTP: liveness and readiness answer without signing in and stay
 * UP while the mail server is down; only an administrator sees the components, the mail server's among them.
 * (The same settings as {@code RealTimeForSecurityTest}, so that both share one application context.)
 */
@MailIntegrationTest
@TestPropertySource(properties = {"parley.today=2001-01-01", "parley.health.mail-recheck=PT0S"})
class HealthForLoadBalancersTest {

    @Autowired
    Api api;

    @Test
    void probesStayUpWithoutSigningInWhileTheMailServerIsDownAndOnlyAnAdministratorSeesMail() {
        TestMail.stop();
        try {
            Api.Pages anonymous = api.anonymous();
            for (String path : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
                var response = anonymous.get(path);
                assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
                assertThat(response.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("mail");
            }
            assertThat(anonymous.get("/actuator/health/mail").status()).as("a component asks to sign in").isEqualTo(302);

            Api.Pages admin = api.signIn("admin");
            var whole = admin.get("/actuator/health");
            assertThat(whole.status()).isEqualTo(200);
            assertThat(whole.json().get("status").asString()).as("the instance stays UP").isEqualTo("UP");
            var mail = whole.json().get("components").get("mail");
            assertThat(mail.get("status").asString()).as(whole.body()).isEqualTo("UNREACHABLE");
            assertThat(mail.get("details").get("server").asString()).startsWith("127.0.0.1:");
            var readiness = admin.get("/actuator/health/readiness").body();
            assertThat(readiness).contains("\"db\"").contains("\"readinessState\"").doesNotContain("mail");

            for (String role : new String[] {"labor", "management", "member", "committee", "observer"}) {
                var seen = api.signIn(role).get("/actuator/health");
                assertThat(seen.status()).as(role).isEqualTo(200);
                assertThat(seen.json().get("status").asString()).as(role).isEqualTo("UP");
                assertThat(seen.body()).as(role).doesNotContain("components").doesNotContain("mail").doesNotContain("127.0.0.1");
            }
        } finally {
            TestMail.restart();
        }
        var again = api.signIn("admin").get("/actuator/health").json();
        assertThat(again.get("components").get("mail").get("status").asString()).as("the mail server answers again").isEqualTo("UP");
    }
}
