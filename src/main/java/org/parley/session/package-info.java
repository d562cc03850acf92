/**
 * Bargaining sessions of a table: schedule, attendees, notes with an audience, and the time
 * ledger kept live from the session console. Owns the tables {@code bargaining_session},
 * {@code session_attendee}, {@code session_interval}, {@code session_interval_correction} and
 * {@code session_note}, and the figures "day at the table" and the ledger's minutes and shares.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Session")
package org.parley.session;
