package org.parley.vote;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A vote as the people who may see it read it.
 *
 * @param eligible              members in the frozen electorate
 * @param electorateFingerprint SHA-256 over the eligible member IDs (docs/VOTING.md says how to recompute it)
 * @param turnout               how many have voted: while open only when the vote shows live turnout; after the close always; else null
 * @param logHead               the hash of the record's last entry, while the vote shows live turnout or once it is over; else null
 */
public record Vote(long id, long negotiationId, VoteKind kind, String title, String explanation, List<Question> questions,
                   Instant opensAt, Instant closesAt, ZoneId timeZone, Electorate electorate, VoteRule rule,
                   boolean allowRevote, boolean liveTurnout, DuplicateRule duplicateRule, VoteStatus status,
                   int eligible, String electorateFingerprint, Long turnout, String logHead, String definedBy) {

    public ZonedDateTime opens() {
        return opensAt.atZone(timeZone);
    }

    public ZonedDateTime closes() {
        return closesAt.atZone(timeZone);
    }

    /** Whether a ballot may be cast now: open, and inside its window. */
    public boolean accepting(Instant now) {
        return status == VoteStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
