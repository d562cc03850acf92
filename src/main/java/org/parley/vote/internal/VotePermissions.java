package org.parley.vote.internal;

import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;

/**
 * Who may do what with a vote, in one place:
 * <ul>
 *   <li>define, open, close, issue keys, change the electorate, record paper ballots: the election committee only;</li>
 *   <li>read a vote, and after the count its result, board and record: whoever sees members' records
 *       (members, the labor team, administrators, the election committee, vote observers); the
 *       management team only once it is counted — a result must convince the employer too, and by
 *       then it holds no running count, only the published result, the board of trackers and the record;</li>
 *   <li>cast: a member in the vote's electorate, signed in, or anyone holding a valid voting key;</li>
 *   <li>see a ballot linked to a person: nobody; the storage cannot answer it (docs/VOTING.md).</li>
 * </ul>
 */
final class VotePermissions {

    private VotePermissions() {
    }

    static void requireCommittee(Viewer viewer) {
        if (!viewer.onElectionCommittee()) {
            throw ParleyException.forbidden("Only the election committee administers votes; you are signed in as "
                    + viewer.role().label().toLowerCase() + ".");
        }
    }

    static boolean maySee(Viewer viewer, org.parley.vote.VoteStatus status) {
        return viewer.canSee(Audience.MEMBERS) || status == org.parley.vote.VoteStatus.TALLIED && viewer.role() == Role.MANAGEMENT_TEAM;
    }

    static void requireMember(Viewer viewer) {
        if (viewer.role() != Role.MEMBER) {
            throw ParleyException.forbidden("Only members cast ballots; you are signed in as " + viewer.role().label().toLowerCase() + ".");
        }
    }
}
