package org.parley.term;

import java.time.ZonedDateTime;

/**
 * One reason a strike or lockout may not start earlier.
 *
 * @param reason    e.g. "not before 3 November: the 90 days after the § 8(d)(1) notice served 4 August run through 2 November"
 * @param notBefore the first moment the action may start under this constraint
 * @param assumed   true when the date assumes a notice not yet served is served today
 * @param location  the location a per-location constraint is about; null otherwise
 */
public record Constraint(String reason, ZonedDateTime notBefore, String basis, boolean assumed, String location) {
}
