package org.parley.session;

import java.time.Instant;

/** A correction of a ledger interval, kept so that no edit loses what was there before. */
public record IntervalCorrection(long id, long intervalId, IntervalKind previousKind, Instant previousStart,
                                 Instant previousEnd, IntervalKind kind, Instant start, Instant end, String reason,
                                 String correctedBy, Instant correctedAt) {
}
