package org.parley.communication.internal;

import java.time.Clock;
import java.util.Optional;
import org.parley.platform.SecretToken;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.platform.ParleyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's private feed and calendar address carries a token: news readers and calendar apps
 * cannot sign in. Stored as a hash; making a new one revokes the old one.
 */
@Component
class FeedTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the member; every earlier one stops working. */
    @Transactional
    String renew(Viewer viewer) {
        if (viewer.role() != Role.MEMBER) {
            throw ParleyException.forbidden("Private feed addresses are for members.");
        }
        revoke(viewer);
        String token = SecretToken.random();
        jdbc.sql("insert into communication_feed_token (account_id, token_hash, created_at) values (:account, :hash, :now)")
                .param("account", viewer.accountId()).param("hash", SecretToken.hash(token))
                .param("now", UpdateRepository.utc(clock.instant())).update();
        return token;
    }

    @Transactional
    void revoke(Viewer viewer) {
        jdbc.sql("update communication_feed_token set revoked_at = :now where account_id = :account and revoked_at is null")
                .param("now", UpdateRepository.utc(clock.instant())).param("account", viewer.accountId()).update();
    }

    boolean has(Viewer viewer) {
        return jdbc.sql("select count(*) from communication_feed_token where account_id = :account and revoked_at is null")
                .param("account", viewer.accountId()).query(Integer.class).single() > 0;
    }

    /** The account a live token belongs to. */
    Optional<Long> account(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from communication_feed_token where token_hash = :hash and revoked_at is null")
                .param("hash", SecretToken.hash(token.strip())).query(Long.class).optional();
    }

}
