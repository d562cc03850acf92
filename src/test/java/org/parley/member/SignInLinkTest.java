package org.parley.member;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/** Members sign in with a one-time link sent by e-mail: it works once, and not after it expires. */
@MailIntegrationTest
class SignInLinkTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String requestLink(String email) {
        Api.Pages browser = api.anonymous();
        browser.get("/member/sign-in");
        return browser.submit("/member/sign-in", Map.of("email", email)).body();
    }

    String awaitLink(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.to(email).isEmpty());
        var messages = TestMail.to(email);
        String link = TestMail.link(messages.get(messages.size() - 1), "/member/sign-in/");
        return link.substring(link.indexOf("/member/sign-in/"));
    }

    @Test
    void aLinkSignsTheMemberInOnceAndTheAnswerIsTheSameForAnUnknownAddress() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = new Scenario(api).negotiation("Sign-in " + m, "2026-12-31");
        new Members(api).importRoster("labor", negotiation, "member_id,name,email\nS1,Sam Lee,sam-" + m + "@example.org\n", false);

        String known = requestLink("Sam-" + m + "@Example.org");
        String unknown = requestLink("nobody-" + m + "@example.org");
        assertThat(known).contains("If this address is on your unit's roster");
        assertThat(unknown).as("the same answer: nobody learns who is on the roster")
                .contains("If this address is on your unit's roster").doesNotContain("error");
        assertThat(TestMail.to("nobody-" + m)).isEmpty();

        String path = awaitLink("sam-" + m + "@example.org");
        Api.Pages browser = api.anonymous();
        browser.get(path);
        var signedIn = browser.submit(path, Map.of());
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/member");
        assertThat(browser.get("/member").body()).contains("Sign-in " + m).contains("Sam Lee");

        Api.Pages again = api.anonymous();
        again.get(path);
        assertThat(again.submit(path, Map.of()).body()).contains("expired or was already used");
        assertThat(again.get("/member").status()).as("not signed in").isEqualTo(302);
    }

    @Test
    void anExpiredLinkDoesNotSignIn() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = new Scenario(api).negotiation("Expiry " + m, "2026-12-31");
        new Members(api).importRoster("labor", negotiation, "member_id,name,email\nS1,Sue,sue-" + m + "@example.org\n", false);
        requestLink("sue-" + m + "@example.org");
        String path = awaitLink("sue-" + m + "@example.org");
        jdbc.sql("update member_sign_in_link set expires_at = created_at where roster_id in (select id from member_roster where email_key = :e)")
                .param("e", "sue-" + m + "@example.org").update();
        Api.Pages browser = api.anonymous();
        browser.get(path);
        assertThat(browser.submit(path, Map.of()).body()).contains("expired or was already used");
        assertThat(browser.get("/member").status()).isEqualTo(302);
    }
}
