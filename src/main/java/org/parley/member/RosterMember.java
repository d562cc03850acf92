package org.parley.member;

/**
 * One person on a negotiation's roster.
 *
 * @param id       Parley's id of the roster entry
 * @param memberId the union's member ID, as in the roster file
 */
public record RosterMember(long id, long negotiationId, String memberId, String name, String email, String mobile,
                           String classification, String worksite, String unit, RosterStatus status, Long accountId) {

    public boolean active() {
        return status == RosterStatus.ACTIVE;
    }
}
