package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyIntegrationTest
class WebSecurityTest {

    @Autowired
    Api api;

    @Autowired
    Accounts accounts;

    @Test
    void pagesAndApiSendASecurityPolicyAndTheUsualHeaders() {
        for (Api.Response response : new Api.Response[] {api.anonymous().get("/login"), api.get("labor", "/api/negotiations")}) {
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'")
                    .doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndWritesNothing() {
        long table = new Scenario(api).freshTable("CSRF");
        long session = new Scenario(api).session(table, "2026-03-03", "HELD");
        Api.Pages labor = api.signIn("labor");
        labor.get("/sessions/" + session);
        var forged = labor.post("/sessions/" + session + "/notes", Map.of("audience", "TABLE", "text", "forged note"));
        assertThat(forged.status()).isEqualTo(403);
        var genuine = labor.submit("/sessions/" + session + "/notes", Map.of("audience", "TABLE", "text", "genuine note"));
        assertThat(genuine.status()).isEqualTo(302);
        String notes = api.get("labor", "/api/sessions/" + session + "/notes").body();
        assertThat(notes).contains("genuine note").doesNotContain("forged note");
    }

    @Test
    void pagesNeedASignIn() {
        var response = api.anonymous().get("/negotiations");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void repeatedWrongPasswordsHoldTheAccountBackEvenWithTheRightOne() {
        accounts.createOrReset("throttled", "Throttled Person", Role.LABOR_TEAM, "right-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(null, "/api/tokens", Map.of("username", "throttled", "password", "wrong-" + i)).status()).isEqualTo(401);
        }
        var refused = api.post(null, "/api/tokens", Map.of("username", "throttled", "password", "right-password-1"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").asString()).contains("Try again in");

        Api.Pages page = api.anonymous();
        page.get("/login");
        var form = page.submit("/login", Map.of("username", "throttled", "password", "right-password-1"));
        assertThat(form.header("Location")).contains("/login?error");
        assertThat(page.get("/login").body()).contains("Too many failed sign-in attempts");
    }

    @Test
    void aWrongPasswordGetsTheSameAnswerAsAnUnknownAccount() {
        var unknown = api.post(null, "/api/tokens", Map.of("username", "nobody-at-all", "password", "whatever-1"));
        var wrong = api.post(null, "/api/tokens", Map.of("username", "member", "password", "whatever-1"));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail").asString()).isEqualTo(wrong.json().get("detail").asString());
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        assertThat(api.get("labor", "/api/accounts").status()).isEqualTo(403);
        assertThat(api.post("labor", "/api/accounts", Map.of("username", "x1", "displayName", "X", "role", "ADMIN", "password", "password-123"))
                .status()).isEqualTo(403);
        assertThat(api.signIn("labor").get("/admin/accounts").status()).isEqualTo(403);
        var created = api.post("admin", "/api/accounts", Map.of("username", "newcomer", "displayName", "New Comer",
                "role", "MANAGEMENT_TEAM", "password", "password-123"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.post("admin", "/api/accounts", Map.of("username", "newcomer", "displayName", "Again",
                "role", "MEMBER", "password", "password-123")).status()).isEqualTo(409);
    }
}
