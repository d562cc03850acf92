package org.parley.proposal;

import java.time.LocalDate;

/** One move of a thread between tables of a negotiation, e.g. from a local table to the national table. */
public record Referral(long id, long threadId, String threadTitle, long fromTableId, String fromTable, long toTableId, String toTable,
                       LocalDate referredOn, String reason, String recordedBy) {
}
