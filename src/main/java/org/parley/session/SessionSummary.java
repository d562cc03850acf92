package org.parley.session;

/**
 * A session with its figures.
 *
 * @param dayNumber     which day at the table its first date was; null unless held
 * @param lastDayNumber which day at the table its last date was (differs for multi-day sessions)
 */
public record SessionSummary(BargainingSession session, Integer dayNumber, Integer lastDayNumber, LedgerTotals totals) {
}
