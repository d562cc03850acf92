package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords slow down the address that sends them, never the owner elsewhere. The test client is a
 * trusted proxy (ParleyIntegrationTest), so X-Forwarded-For names each client's address.
 */
@ParleyIntegrationTest
class SignInThrottlingTest {

    @Autowired
    Api api;

    @Autowired
    Accounts accounts;

    @Test
    void aStrangersWrongPasswordsDoNotLockTheOwnerOut() {
        String username = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createOrReset(username, "Owner", Role.LABOR_TEAM, "right-password-1");
        for (int i = 0; i < 8; i++) {
            var wrong = signIn(username, "wrong-" + i, "203.0.113.9");
            assertThat(wrong.status()).isIn(401, 429);
        }
        var stranger = signIn(username, "right-password-1", "203.0.113.9");
        assertThat(stranger.status()).isEqualTo(429);
        assertThat(stranger.json().get("detail").asString()).contains("Try again in");

        assertThat(signIn(username, "right-password-1", "198.51.100.4").status()).isEqualTo(201);
    }

    @Test
    void oneAddressIsCappedAcrossUsernames() {
        String prefix = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            assertThat(signIn(prefix + i, "wrong-password", "192.0.2.77").status()).isEqualTo(401);
        }
        assertThat(signIn(prefix + "x", "wrong-password", "192.0.2.77").status()).isEqualTo(429);
        assertThat(signIn(prefix + "x", "wrong-password", "192.0.2.78").status()).isEqualTo(401);
    }

    private Api.Response signIn(String username, String password, String from) {
        return api.postWithHeaders("/api/tokens", Map.of("username", username, "password", password),
                Map.of("X-Forwarded-For", from));
    }
}
