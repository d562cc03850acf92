package org.parley.vote;

import java.util.List;
import org.parley.account.Viewer;

/**
 * Votes by secret ballot. The election committee defines, opens and closes them, issues voting keys and
 * records paper ballots; members in the frozen electorate cast one ballot each, signed in or with a
 * voting key; anyone who sees members' records reads a vote, and after the close its result, board and
 * record. Nobody, whatever the role, gets a ballot linked to a person or any count before the close.
 */
public interface Votes {

    /** Defines a vote and freezes its electorate from the roster (election committee). */
    Vote define(Viewer by, NewVote vote);

    /** Opens a defined vote: ballots are then accepted inside its window (election committee). */
    Vote open(Viewer by, long voteId);

    /**
     * Closes an open vote (election committee). Without sealed paper envelopes waiting to be counted the
     * vote is counted at once; otherwise once the last paper batch is signed off.
     */
    Vote close(Viewer by, long voteId);

    Vote get(Viewer viewer, long voteId);

    /** The votes of a negotiation the viewer may see, newest first. */
    List<Vote> ofNegotiation(Viewer viewer, long negotiationId);

    /** Every vote the viewer may see, newest first; for a member, the votes of the units whose roster they are on. */
    List<Vote> list(Viewer viewer);

    /**
     * Issues a new one-time voting key to every eligible member (replacing earlier keys; a member who
     * already voted gets one too, which is refused as used, so the count reveals no turnout) and returns them
     * as CSV for mail-out: a header row, then member ID, name, e-mail, worksite and the key in the last
     * column (election committee). Only hashes of the keys are kept.
     */
    String issueKeys(Viewer by, long voteId);

    /**
     * As {@link #issueKeys}, but every elector with an e-mail address on the roster gets the key by
     * e-mail, sent in the background (the key is made as the message goes, and never stored); the CSV
     * holds only the others, for mail-out. Earlier keys stop working for everyone (election committee).
     */
    KeyMailing emailKeys(Viewer by, long voteId);

    /** How far the e-mailing of keys has come (election committee). */
    KeyDelivery keyDelivery(Viewer viewer, long voteId);

    /** Electors whose key e-mail could not be delivered, as "Name <address>: reason" (election committee). */
    List<String> keyMailFailures(Viewer viewer, long voteId);

    /** Casts the signed-in member's ballot. {@code changeCode} replaces an earlier ballot where re-voting is allowed. */
    Receipt cast(Viewer by, long voteId, List<Answer> answers, String changeCode);

    /** Casts with a one-time voting key, for a member who does not sign in. */
    Receipt castWithKey(long voteId, String key, List<Answer> answers, String changeCode);

    /** Whether a voting key is valid for this vote and unused; refuses a forged or used one with a message. */
    Vote checkKey(long voteId, String key);

    /** Where the signed-in viewer stands: in the electorate or not, voted or not. */
    Standing standing(Viewer viewer, long voteId);

    /** Adds a member to the frozen electorate, with the reason (election committee); shown on the record. */
    Vote addToElectorate(Viewer by, long voteId, String memberId, String reason);

    /** Changes of electors' addresses since the freeze, pending or accepted, with the members' names (election committee). */
    List<AddressChange> addressChanges(Viewer viewer, long voteId);

    /**
     * Accepts an elector's new roster address for this vote, with a reason (election committee): voting keys
     * and sign-in links that may cast the member's ballot then go to it; the member is told at the old address.
     * The record gets an entry naming no member.
     */
    AddressChange acceptAddressChange(Viewer by, long voteId, String memberId, String reason);

    /**
     * Records a sealed paper envelope received from a member while the vote is open (election committee).
     * A member who already voted has their envelope set aside unopened, under the vote's duplicate rule.
     */
    EnvelopeCheckIn receiveEnvelope(Viewer by, long voteId, String memberId);

    /** Records a counted batch of paper ballots after the close; it counts once another committee member signs it off. */
    PaperBatch recordPaperBatch(Viewer by, long voteId, String label, List<PaperBatch.Marked> ballots);

    /** The second committee member's sign-off; the batch's ballots then go into the box. */
    PaperBatch signOffPaperBatch(Viewer by, long voteId, int number);

    List<PaperBatch> paperBatches(Viewer viewer, long voteId);

    /** The result: refused (conflict) until the vote is counted. */
    VoteResult result(Viewer viewer, long voteId);

    /** The trackers of the counted online ballots, sorted: refused (conflict) until the vote is counted. */
    List<String> board(Viewer viewer, long voteId);

    /**
     * Whether a tracker is on the board of a counted vote: for anyone holding one, signed in or not (a
     * member who voted with a key). Refused (conflict) until the vote is counted.
     */
    boolean onBoard(long voteId, String tracker);

    /**
     * The record's entries: every entry once the vote is counted; before, only the committee's acts
     * (defined, opened, electorate changed…), since ballot entries would be a running count.
     */
    List<LogEntry> log(Viewer viewer, long voteId);

    /** The exported record as JSON, for {@code java -jar parley.jar verify}: refused (conflict) until counted. */
    String record(Viewer viewer, long voteId);

    /** @param status ACCEPTED, or SET_ASIDE with the reason */
    record EnvelopeCheckIn(String memberId, String status, String reason) {
    }

    /**
     * @param inElectorate whether the viewer is a member in this vote's electorate
     * @param voted        whether they have voted (online or on paper)
     */
    record Standing(boolean inElectorate, boolean voted, String memberName) {
    }
}
