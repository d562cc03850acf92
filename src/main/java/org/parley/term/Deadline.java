package org.parley.term;

import java.time.LocalDate;

/**
 * One computed deadline.
 *
 * @param kind        the rule's kind, e.g. {@code MODIFICATION_8D1}, {@code NO_STRIKE_8D4}, {@code CUSTOM}
 * @param dueBy       the last day to act (for a waiting period: its last day); null when it depends on a date not yet set
 * @param basis       the statute subsection or clause, e.g. "29 U.S.C. § 158(d)(1)"
 * @param explanation how the date was computed, with the counting convention, as a person reads it
 * @param location    the institution or worksite for a per-location rule; null otherwise
 * @param customId    the id of a team-defined deadline; null for a statutory one
 */
public record Deadline(String kind, String label, LocalDate dueBy, String basis, String explanation, DeadlineStatus status,
                       String location, Long customId) {
}
