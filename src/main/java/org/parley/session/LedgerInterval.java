package org.parley.session;

import java.time.Duration;
import java.time.Instant;

/**
 * One interval of a session's time ledger.
 *
 * @param end null while the interval is running
 */
public record LedgerInterval(long id, long sessionId, IntervalKind kind, Instant start, Instant end, boolean corrected) {

    public boolean running() {
        return end == null;
    }

    /** Length up to its end, or up to {@code now} while it runs. */
    public Duration length(Instant now) {
        Instant until = end != null ? end : now;
        return until.isAfter(start) ? Duration.between(start, until) : Duration.ZERO;
    }
}
