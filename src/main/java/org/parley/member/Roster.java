package org.parley.member;

import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;

/**
 * A negotiation's roster and the members' sign-in. The roster is the union's record: the labor
 * team and administrators manage and read it; a member reads only their own entry; the management
 * team never sees it.
 */
public interface Roster {

    /** Imports a CSV roster, or only reports what it would do when {@code preview} is true. */
    RosterImport importCsv(Viewer by, long negotiationId, String csv, boolean preview);

    /** Entries of a roster in member-ID order, at most {@code limit}, optionally matching a search. */
    List<RosterMember> members(Viewer viewer, long negotiationId, String query, int limit);

    /**
     * Every entry of a roster, active or not, in member-ID order: what a vote's electorate is frozen
     * from. The labor team, administrators and the election committee (who run votes and mail out
     * voting keys) may read it; the management team never.
     */
    List<RosterMember> everyone(Viewer viewer, long negotiationId);

    /** Active and inactive entries of a roster. */
    RosterCounts counts(Viewer viewer, long negotiationId);

    /** Active members with an e-mail address: who a mailing to the unit goes to. */
    List<Recipient> recipients(Viewer viewer, long negotiationId);

    /** The signed-in member's entry on this negotiation's roster, if any. */
    Optional<RosterMember> self(Viewer viewer, long negotiationId);

    /** The signed-in member's active entries, one per negotiation. */
    List<RosterMember> selves(Viewer viewer);

    /** An entry by its member ID, for the labor team and administrators. */
    RosterMember byMemberId(Viewer viewer, long negotiationId, String memberId);

    /** An entry by Parley's id; the team may read any, a member only their own. */
    RosterMember entry(Viewer viewer, long rosterId);

    /**
     * The entry an e-mail is addressed to, read by the background mailer (no one is signed in) to write that
     * member's own copy. Whatever a caller derives from it goes to that member's own address only.
     */
    Optional<RosterMember> addressee(long rosterId);

    /** Links a roster entry to an existing member account (e.g. the demo's {@code member}). */
    RosterMember linkAccount(Viewer by, long negotiationId, String memberId, String username);

    /**
     * E-mails a one-time sign-in link to the active member with this address, if there is one.
     * Says nothing about whether there is: the caller shows the same answer either way.
     *
     * @param requestedFrom the network address asking, for rate-limiting
     */
    default void requestSignInLink(String email, String requestedFrom) {
        requestSignInLink(email, requestedFrom, null);
    }

    /**
     * The same, with the page to open once signed in carried in the link (ignored unless it is a
     * {@link org.parley.platform.LocalPath local path}).
     */
    void requestSignInLink(String email, String requestedFrom, String next);

    /**
     * Redeems a sign-in link: once, before it expires. Returns the member account to sign in as,
     * created on the first sign-in.
     */
    Viewer redeemSignInLink(String token);

    record RosterCounts(int active, int inactive, int withoutEmail) {
    }
}
