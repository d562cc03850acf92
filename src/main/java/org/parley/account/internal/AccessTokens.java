package org.parley.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.parley.platform.RealTime;
import org.parley.platform.SecretToken;
import org.parley.account.ApiSignIn;
import org.parley.account.Role;
import org.parley.account.SignInProof;
import org.parley.account.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients: random, stored only as a hash, valid for {@link #LIFETIME} of real time
 * (never the pinned "today": a token made on one instance must hold on another). A token
 * carries the proof of the sign-in that issued it (a password, and who set it; or a member's link).
 */
@Component
class AccessTokens implements ApiSignIn {

    static final Duration LIFETIME = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, @RealTime Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String token(Viewer viewer) {
        return issue(viewer);
    }

    @Transactional
    String issue(Viewer viewer) {
        String token = SecretToken.random();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into account_token (account_id, token_hash, created_at, expires_at, proof)
                values (:account, :hash, :now, :expires, :proof)
                """)
                .param("account", viewer.accountId())
                .param("proof", viewer.proof().stored())
                .param("hash", SecretToken.hash(token))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("expires", OffsetDateTime.ofInstant(now.plus(LIFETIME), ZoneOffset.UTC))
                .update();
        return token;
    }

    Optional<ParleyPrincipal> resolve(String token) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.role, a.access_epoch, t.proof
                from account_token t join account a on a.id = t.account_id
                where t.token_hash = :hash and t.expires_at > :now and a.enabled
                """)
                .param("hash", SecretToken.hash(token))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((rs, n) -> new ParleyPrincipal(new Viewer(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), SignInProof.parse(rs.getString("proof"))),
                        rs.getInt("access_epoch")))
                .optional();
    }

}
