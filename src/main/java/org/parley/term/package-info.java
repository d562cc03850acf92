/**
 * The legal clock: the agreement's term (expiration hour and zone, automatic renewal, reopeners),
 * extensions offered and answered, statutory notices and deadlines computed from rules kept as data
 * per jurisdiction (US NLRA § 158(d) and (g) shipped), notices served and their letters, reminders,
 * the earliest lawful strike or lockout start, and strike readiness by worksite and unit with picket
 * shifts. Owns the tables {@code term_*}. Implements {@code negotiation.LegalClock} (the status every
 * countdown shows, the next legal deadline, what the update draft says) and {@code member.MembersNews}
 * (picket shifts on the members' home).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contract term, notices and deadlines")
package org.parley.term;
