package org.parley.member.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.parley.platform.RealTime;
import org.parley.platform.SecretToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many sign-in links one network address may ask for: {@value #PER_ADDRESS} in a window of
 * {@link #WINDOW} that opens with its first request. Counted in the database (one row per address, updated
 * under its row lock), so that the limit is the same whichever instances the requests land on, and on real
 * time. A refused request is not counted: the caller's transaction rolls the count back with the refusal.
 */
@Component
class SignInRequests {

    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInRequests(JdbcClient jdbc, @RealTime Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one request from {@code address}; false when the address has used up its window. */
    boolean allow(String address) {
        if (address == null) {
            return true;
        }
        Instant now = clock.instant();
        String from = SecretToken.hash(address);
        // "on conflict do nothing": a plain insert racing another instance's would fail, and on PostgreSQL
        // a failed statement spoils the caller's whole transaction.
        jdbc.sql("""
                insert into member_sign_in_request (address_hash, window_start, requests) values (:from, :now, 0)
                on conflict do nothing
                """).param("from", from).param("now", utc(now)).update();
        return jdbc.sql("""
                update member_sign_in_request
                set requests = case when window_start > :since then requests + 1 else 1 end,
                    window_start = case when window_start > :since then window_start else :now end
                where address_hash = :from and (window_start <= :since or requests < :limit)
                """)
                .param("since", utc(now.minus(WINDOW))).param("now", utc(now)).param("from", from).param("limit", PER_ADDRESS)
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
