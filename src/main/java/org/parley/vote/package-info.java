/**
 * Votes by secret ballot: strike authorization, ratification and other member votes. Owns the tables
 * {@code vote_vote}, {@code vote_question}, {@code vote_elector}, {@code vote_key}, {@code vote_voter}
 * (who voted), {@code vote_ballot} (the box, apart from who voted), {@code vote_paper_batch},
 * {@code vote_log} and {@code vote_log_head} (the vote's own hash-chained record). The election
 * committee administers votes; members cast signed in or with a one-time voting key; everyone who sees
 * members' records reads a vote and, after the close, its result, board and record; nobody sees a
 * ballot linked to a person or any count before the close. docs/VOTING.md says how and why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vote")
package org.parley.vote;
