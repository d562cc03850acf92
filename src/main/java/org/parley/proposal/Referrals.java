package org.parley.proposal;

import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;

/**
 * Referring a thread between the tables of a negotiation (local ↔ national) while it keeps one history:
 * its versions stay where they were passed, it lives at the table it was referred to, and both tables'
 * pages say where it lives now. TABLE records, like threads.
 */
public interface Referrals {

    /** Refers an open thread to another table of its negotiation; the date defaults to today. */
    Referral refer(Viewer by, long threadId, long toTableId, String reason, LocalDate date);

    /** Every move of the thread, oldest first. */
    List<Referral> ofThread(Viewer viewer, long threadId);

    /** Threads that were referred away from this table and now live at another one (their latest move). */
    List<Referral> referredAway(Viewer viewer, long tableId);
}
