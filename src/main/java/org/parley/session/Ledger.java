package org.parley.session;

import java.time.Instant;
import java.util.List;

/** A session's time ledger as the console and the session page show it. */
public record Ledger(long sessionId, List<LedgerInterval> intervals, List<IntervalCorrection> corrections,
                     LedgerTotals totals, Instant now) {

    public LedgerInterval running() {
        return intervals.stream().filter(LedgerInterval::running).findFirst().orElse(null);
    }
}
