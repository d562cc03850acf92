/**
 * Bargaining priorities: what a team works from (for a union, often ranked in a member survey), each
 * with its status, the other side's latest answer, and the threads, subgroups and TAs that address it.
 * A side's priorities are that side's record. Owns the {@code priority*} tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Priority")
package org.parley.priority;
