package org.parley.member;

import java.util.List;

/**
 * Published, in the import's transaction, when a roster import changes members' e-mail addresses:
 * a vote under way must not let a new address stand for the member until its election committee
 * accepts it (docs/VOTING.md).
 *
 * @param changes each changed entry with its new address (null when the address was removed)
 */
public record RosterAddressesChanged(long negotiationId, List<Change> changes) {

    public record Change(long rosterId, String memberId, String newEmail) {
    }
}
