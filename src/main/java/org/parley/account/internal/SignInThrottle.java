package org.parley.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per account and per network address over a sliding window, so that
 * guessing a password is slow whichever of the two an attacker varies. Kept in memory: a
 * restart forgets the counts, which is acceptable for one deployable.
 */
@Component
class SignInThrottle {

    static final int FAILURES_PER_ACCOUNT = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or {@link Duration#ZERO}. */
    Duration waitBeforeTrying(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(failuresByAccount, key(username), FAILURES_PER_ACCOUNT, now);
        Duration byAddress = wait(failuresByAddress, address, FAILURES_PER_ADDRESS, now);
        return account.compareTo(byAddress) >= 0 ? account : byAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        record(failuresByAccount, key(username), now);
        record(failuresByAddress, address, now);
    }

    void succeeded(String username) {
        failuresByAccount.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    private static void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return;
        }
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    private static Duration wait(Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
        if (key == null) {
            return Duration.ZERO;
        }
        Duration[] result = {Duration.ZERO};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= limit) {
                result[0] = Duration.between(now, times.peekFirst().plus(WINDOW));
            }
            return times.isEmpty() ? null : times;
        });
        return result[0];
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }
}
