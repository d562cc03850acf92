/**
 * The members of the unit and what they do themselves: the roster (imported from CSV), member
 * sign-in by a one-time e-mailed link, the members' home, observer sign-ups for bargaining
 * sessions, and petitions, pledges and sign-on letters. Owns the tables {@code member_roster},
 * {@code member_sign_in_link}, {@code member_observer}, {@code member_petition} and
 * {@code member_petition_signature}. Members see only the MEMBERS and PUBLIC audiences; the roster,
 * observer lists and signers are the union's records (labor team and administrators), never the
 * management team's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member")
package org.parley.member;
