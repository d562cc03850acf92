package org.parley.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.parley.platform.RealTime;
import org.parley.platform.SecretToken;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock the owner out. Failures are counted per
 * (username, network address) pair: after {@value #FREE_FAILURES_PER_PAIR} the pair waits 30 seconds,
 * then twice as long after each further failure, at most {@link #WINDOW}; a stranger's failures never
 * hold back the owner signing in from another address. One address is also capped at
 * {@value #FAILURES_PER_ADDRESS} failures in a window, whatever the usernames, so that it cannot guess
 * across accounts. Counts live in the database, so they hold across restarts and across instances; a
 * count is forgotten {@link #WINDOW} after its last failure. Behind a reverse proxy the address is the
 * client's only when the proxy is trusted ({@code PARLEY_TRUSTED_PROXIES}); otherwise every user shares
 * the proxy's address, which is why the pair, not the address alone, is what slows down.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES_PER_PAIR = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String ANY_USERNAME = "*";

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, @RealTime Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or {@link Duration#ZERO}. */
    Duration waitBeforeTrying(String username, String address) {
        Instant now = clock.instant();
        String from = hash(address);
        Duration pair = count(key(username), from, now)
                .filter(c -> c.failures() >= FREE_FAILURES_PER_PAIR)
                .map(c -> remaining(c.last().plus(pairWait(c.failures())), now)).orElse(Duration.ZERO);
        Duration byAddress = count(ANY_USERNAME, from, now)
                .filter(c -> c.failures() >= FAILURES_PER_ADDRESS)
                .map(c -> remaining(c.last().plus(WINDOW), now)).orElse(Duration.ZERO);
        return pair.compareTo(byAddress) >= 0 ? pair : byAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        String from = hash(address);
        record(key(username), from, now);
        record(ANY_USERNAME, from, now);
    }

    /** A success clears the pair's count (not the address's: it still tried the others). */
    void succeeded(String username, String address) {
        jdbc.sql("delete from account_sign_in_failure where username = :username and address_hash = :address")
                .param("username", key(username)).param("address", hash(address)).update();
    }

    /** 30 s after the fifth failure, doubling with each one after it, at most the window. */
    static Duration pairWait(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES_PER_PAIR, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.max(0, doublings));
        return wait.compareTo(WINDOW) > 0 ? WINDOW : wait;
    }

    private record Count(int failures, Instant last) {
    }

    private Optional<Count> count(String username, String address, Instant now) {
        return jdbc.sql("""
                select failures, last_failure_at from account_sign_in_failure
                where username = :username and address_hash = :address and last_failure_at > :since
                """)
                .param("username", username).param("address", address).param("since", utc(now.minus(WINDOW)))
                .query((rs, n) -> new Count(rs.getInt("failures"), rs.getObject("last_failure_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private void record(String username, String address, Instant now) {
        // A count whose last failure is older than the window starts again from one.
        String update = """
                update account_sign_in_failure
                set failures = case when last_failure_at > :since then failures + 1 else 1 end, last_failure_at = :now
                where username = :username and address_hash = :address
                """;
        if (jdbc.sql(update).param("since", utc(now.minus(WINDOW))).param("now", utc(now)).param("username", username)
                .param("address", address).update() > 0) {
            return;
        }
        try {
            jdbc.sql("""
                    insert into account_sign_in_failure (username, address_hash, failures, last_failure_at)
                    values (:username, :address, 1, :now)
                    """).param("username", username).param("address", address).param("now", utc(now)).update();
        } catch (DuplicateKeyException raced) {
            jdbc.sql(update).param("since", utc(now.minus(WINDOW))).param("now", utc(now)).param("username", username)
                    .param("address", address).update();
        }
    }

    private static Duration remaining(Instant until, Instant now) {
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    private static String hash(String address) {
        return SecretToken.hash(address == null ? "unknown" : address);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
