package org.parley.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a session's time went, computed from its ledger: minutes at the table, in each side's
 * caucus, waiting and on break, and each one's share of the scheduled day (or, when no schedule
 * is known, of the recorded time).
 *
 * @param scheduledMinutes the planned length of the session, or null if not planned
 */
public record LedgerTotals(Map<IntervalKind, Duration> byKind, Integer scheduledMinutes) {

    public static LedgerTotals of(Collection<LedgerInterval> intervals, Instant now, Integer scheduledMinutes) {
        Map<IntervalKind, Duration> byKind = new EnumMap<>(IntervalKind.class);
        for (IntervalKind kind : IntervalKind.values()) {
            if (kind != IntervalKind.END) {
                byKind.put(kind, Duration.ZERO);
            }
        }
        for (LedgerInterval interval : intervals) {
            byKind.merge(interval.kind(), interval.length(now), Duration::plus);
        }
        return new LedgerTotals(Map.copyOf(byKind), scheduledMinutes);
    }

    public long tableMinutes() {
        return minutes(IntervalKind.TABLE);
    }

    public long laborCaucusMinutes() {
        return minutes(IntervalKind.LABOR_CAUCUS);
    }

    public long managementCaucusMinutes() {
        return minutes(IntervalKind.MANAGEMENT_CAUCUS);
    }

    public long waitingForLaborMinutes() {
        return minutes(IntervalKind.WAITING_FOR_LABOR);
    }

    public long waitingForManagementMinutes() {
        return minutes(IntervalKind.WAITING_FOR_MANAGEMENT);
    }

    public long waitingMinutes() {
        return round(byKind.get(IntervalKind.WAITING_FOR_LABOR).plus(byKind.get(IntervalKind.WAITING_FOR_MANAGEMENT)));
    }

    public long breakMinutes() {
        return minutes(IntervalKind.BREAK);
    }

    public long recordedMinutes() {
        return round(byKind.values().stream().reduce(Duration.ZERO, Duration::plus));
    }

    /** The minutes shares are measured against: the scheduled day if known, else the recorded time. */
    public long baseMinutes() {
        return scheduledMinutes != null && scheduledMinutes > 0 ? scheduledMinutes : recordedMinutes();
    }

    /** Share (0..1, may exceed 1 on a day that ran over) of the base minutes; 0 when nothing is known. */
    public double share(long minutes) {
        long base = baseMinutes();
        return base == 0 ? 0 : (double) minutes / base;
    }

    public long minutes(IntervalKind kind) {
        return round(byKind.getOrDefault(kind, Duration.ZERO));
    }

    private static long round(Duration duration) {
        return (duration.toSeconds() + 30) / 60;
    }
}
