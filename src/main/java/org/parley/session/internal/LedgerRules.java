package org.parley.session.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.platform.ParleyException;
import org.parley.session.IntervalKind;
import org.parley.session.LedgerInterval;

/**
 * The rules that keep a time ledger a sequence: intervals never overlap, never run backwards,
 * and only the last one may still be running.
 */
final class LedgerRules {

    private final List<LedgerInterval> intervals;

    LedgerRules(List<LedgerInterval> intervals) {
        this.intervals = intervals.stream().sorted(Comparator.comparing(LedgerInterval::start)).toList();
    }

    Optional<LedgerInterval> running() {
        return intervals.stream().filter(LedgerInterval::running).findFirst();
    }

    /** Checks that an interval of {@code kind} may start at {@code at}; END only closes the running one. */
    void checkStart(IntervalKind kind, Instant at) {
        Optional<LedgerInterval> running = running();
        if (kind == IntervalKind.END && running.isEmpty()) {
            throw ParleyException.conflict("Nothing is running: the day has not started or has already ended.");
        }
        if (running.isPresent()) {
            if (!at.isAfter(running.get().start())) {
                throw ParleyException.invalid("The new interval would start at or before the running one ("
                        + running.get().kind().label().toLowerCase() + ", started " + running.get().start()
                        + "): intervals must follow each other in time.");
            }
            return;
        }
        intervals.stream().map(LedgerInterval::end).max(Comparator.naturalOrder()).ifPresent(lastEnd -> {
            if (at.isBefore(lastEnd)) {
                throw ParleyException.invalid("The new interval would start before the ledger's last interval ended ("
                        + lastEnd + "): intervals cannot overlap. Correct the earlier interval instead.");
            }
        });
    }

    /** Checks a corrected interval against every other interval of the ledger. */
    void checkCorrection(long intervalId, IntervalKind kind, Instant start, Instant end) {
        if (kind == IntervalKind.END) {
            throw ParleyException.invalid("END is not an interval; set the interval's end time instead.");
        }
        LedgerInterval current = intervals.stream().filter(i -> i.id() == intervalId).findFirst()
                .orElseThrow(() -> ParleyException.notFound("This session's ledger has no interval " + intervalId + "."));
        if (end != null && !end.isAfter(start)) {
            throw ParleyException.invalid("An interval must end after it starts (start " + start + ", end " + end + ").");
        }
        LedgerInterval last = intervals.get(intervals.size() - 1);
        if (end == null && last.id() != current.id()) {
            throw ParleyException.invalid("Only the last interval of the ledger may be left running; give this one an end.");
        }
        for (LedgerInterval other : intervals) {
            if (other.id() == intervalId) {
                continue;
            }
            boolean overlaps = (end == null || other.start().isBefore(end))
                    && (other.end() == null || start.isBefore(other.end()));
            if (overlaps) {
                throw ParleyException.invalid("The corrected interval would overlap the " + other.kind().label().toLowerCase()
                        + " interval from " + other.start() + (other.end() == null ? " (running)" : " to " + other.end()) + ".");
            }
        }
    }
}
