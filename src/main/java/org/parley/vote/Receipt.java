package org.parley.vote;

/**
 * What a member gets back for a ballot.
 *
 * @param tracker    a random code that appears on the vote's board after the close: it proves the ballot
 *                   was counted and says nothing about the choice
 * @param changeCode only when the vote allows re-voting: the secret that lets this member replace this
 *                   ballot; the server keeps only hashes of it, so it cannot be recovered
 * @param replaced   true when this ballot replaced the member's earlier one
 */
public record Receipt(long voteId, String tracker, String changeCode, boolean replaced) {
}
