package org.parley.session;

import java.time.Instant;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.platform.Audience;

/**
 * Sessions of a table and their time ledgers and notes. Sessions, ledgers and TABLE notes are
 * seen by both teams and administrators; a side's notes by that side only.
 */
public interface Sessions {

    BargainingSession schedule(Viewer by, long tableId, NewSession session);

    BargainingSession update(Viewer by, long sessionId, SessionChanges changes);

    BargainingSession get(Viewer viewer, long sessionId);

    /** Sessions of a table with day numbers and ledger totals, in date order. */
    List<SessionSummary> ofTable(Viewer viewer, long tableId);

    SessionSummary summary(Viewer viewer, long sessionId);

    /** Every session of a negotiation, in date order, for the dashboard's "next session". */
    List<BargainingSession> ofNegotiation(Viewer viewer, long negotiationId);

    Ledger ledger(Viewer viewer, long sessionId);

    /**
     * Sessions of a negotiation that offer observer seats and are not over before {@code from}
     * and not cancelled, in date order: for members (MEMBERS audience) and the teams.
     */
    List<ObserverSession> openToObservers(Viewer viewer, long negotiationId, java.time.LocalDate from);

    /**
     * A session as an observer may know it: any session for the teams, and for members only one
     * that offers observer seats (otherwise "not found").
     */
    ObserverSession forObservers(Viewer viewer, long sessionId);

    /**
     * Starts the next interval of the ledger at {@code at} (now when null), closing the running
     * one; {@link IntervalKind#END} only closes it. Pressing the running interval's button again
     * changes nothing. The first interval marks a planned session as held.
     */
    LedgerInterval startInterval(Viewer by, long sessionId, IntervalKind kind, Instant at);

    /** Corrects an interval; the previous values are kept in the ledger's corrections. */
    LedgerInterval correctInterval(Viewer by, long sessionId, long intervalId, IntervalKind kind, Instant start,
            Instant end, String reason);

    SessionNote addNote(Viewer by, long sessionId, Audience audience, String text);

    List<SessionNote> notes(Viewer viewer, long sessionId);

    List<SessionNote> searchNotes(Viewer viewer, String query, int limit);

    List<BargainingSession> searchSessions(Viewer viewer, String query, int limit);
}
