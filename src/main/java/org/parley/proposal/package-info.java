/**
 * Proposals passed across a table: threads on a subject, the versions each side passes
 * (opening proposal and counters), withdrawals, tentative agreements and their walk-backs, and
 * the status sheet. Owns the tables {@code proposal_thread}, {@code proposal_version},
 * {@code proposal_withdrawal}, {@code tentative_agreement} and {@code tentative_agreement_walk_back},
 * and the figures "proposals passed per side" and the TA tally.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposal")
package org.parley.proposal;
