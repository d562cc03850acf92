package org.parley.term;

import java.time.LocalDate;
import org.parley.platform.Audience;

/**
 * A deadline a team adds (a ground rule: "final offers exchanged 14 days before expiration") or a
 * clause of the agreement (a reopener), either a fixed date or a number of days before expiration.
 *
 * @param kind     {@code CUSTOM} or {@code REOPENER}
 * @param audience TABLE for a ground rule or clause both sides know; LABOR or MANAGEMENT for a side's own
 * @param doneOn   the day it was met, if it was
 */
public record CustomDeadline(long id, long negotiationId, String kind, String label, LocalDate date, Integer daysBeforeExpiration,
                             String basis, Audience audience, LocalDate doneOn) {
}
