package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * With "today" pinned far in the past, API tokens and sign-in links are made and judged on real time: a fresh
 * one works, and one whose expiry has passed in real time (though not on the pinned date) is refused. On the
 * pinned clock, a token made here would have expired long ago on an instance pinned to nothing.
 */
@MailIntegrationTest
@TestPropertySource(properties = {"parley.today=2001-01-01", "parley.health.mail-recheck=PT0S"})
class RealTimeForSecurityTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock pinned;

    @Test
    void apiTokensExpireByRealTimeWhateverTodayIsPinnedTo() {
        assertThat(LocalDate.now(pinned)).as("the figures' clock is pinned").isEqualTo(LocalDate.of(2001, 1, 1));
        var issued = api.post(null, "/api/tokens", Map.of("username", "labor", "password", Api.PASSWORD));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        api.remember("fresh-token", token);
        assertThat(api.get("fresh-token", "/api/accounts/me").status()).as("a fresh token works").isEqualTo(200);

        // Expired a minute ago in real time, yet decades after the pinned "today".
        jdbc.sql("update account_token set expires_at = :past where token_hash = :hash")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .param("hash", org.parley.platform.SecretToken.hash(token)).update();
        assertThat(api.get("fresh-token", "/api/accounts/me").status()).as("refused by real time").isEqualTo(401);
    }

    @Test
    void signInLinksExpireByRealTimeWhateverTodayIsPinnedTo() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = new Scenario(api).negotiation("Real time " + m, "2026-12-31");
        new Members(api).importRoster("labor", negotiation,
                "member_id,name,email\nR1,Rae,rae-" + m + "@example.org\nR2,Rex,rex-" + m + "@example.org\n", false);

        String fresh = link("rae-" + m + "@example.org");
        Api.Pages browser = api.anonymous();
        browser.get(fresh);
        assertThat(browser.submit(fresh, Map.of()).header("Location")).as("a fresh link signs in").endsWith("/member");

        String stale = link("rex-" + m + "@example.org");
        jdbc.sql("update member_sign_in_link set expires_at = :past where sent_to = :to")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).param("to", "rex-" + m + "@example.org").update();
        Api.Pages late = api.anonymous();
        late.get(stale);
        assertThat(late.submit(stale, Map.of()).body()).as("refused by real time").contains("expired or was already used");
    }

    private String link(String email) {
        Api.Pages browser = api.anonymous();
        browser.get("/member/sign-in");
        browser.submit("/member/sign-in", Map.of("email", email));
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMail.to(email).isEmpty());
        String link = TestMail.link(TestMail.to(email).get(0), "/member/sign-in/");
        return link.substring(link.indexOf("/member/sign-in/"));
    }
}
