package org.parley.session.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parley.session.BargainingSession;
import org.parley.session.DaysAtTable;
import org.parley.session.LedgerInterval;
import org.parley.session.LedgerTotals;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;

/**
 * A table's sessions in date order and their ledger intervals by session, as {@link SessionRepository#ledgerOfTable}
 * keeps them until a write raises the table's revision. While no interval is running its summaries (days at the
 * table, time by kind) do not change with the clock, so they are worked out once per ledger: the dashboard reads
 * every table's summaries on every view. A running caucus is counted up to each reader's "now" instead.
 */
final class TableLedger {

    private final List<BargainingSession> sessions;
    private final Map<Long, List<LedgerInterval>> intervals;
    private final boolean running;
    private volatile List<SessionSummary> settled;

    TableLedger(List<BargainingSession> sessions, Map<Long, List<LedgerInterval>> intervals) {
        this.sessions = sessions;
        this.intervals = intervals;
        this.running = intervals.values().stream().flatMap(List::stream).anyMatch(LedgerInterval::running);
    }

    List<SessionSummary> summaries(Instant now) {
        if (running) {
            return summariesAt(now);
        }
        List<SessionSummary> summaries = settled;
        if (summaries == null) {
            summaries = summariesAt(now);
            settled = summaries;
        }
        return summaries;
    }

    private List<SessionSummary> summariesAt(Instant now) {
        DaysAtTable days = DaysAtTable.of(sessions);
        return sessions.stream().map(s -> new SessionSummary(s,
                s.status() == SessionStatus.HELD ? days.dayNumber(s.date()) : null,
                s.status() == SessionStatus.HELD ? days.dayNumber(s.lastDate()) : null,
                LedgerTotals.of(intervals.getOrDefault(s.id(), List.of()), now, s.scheduledMinutes()))).toList();
    }
}
