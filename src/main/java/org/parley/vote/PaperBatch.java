package org.parley.vote;

import java.util.List;

/**
 * A counted batch of paper ballots. It counts once two different committee members have signed it off.
 *
 * @param ballots each distinct way the ballots in the batch were marked, with how many were marked so
 */
public record PaperBatch(long voteId, int number, String label, List<Marked> ballots, int total, String recordedBy,
                         String signedOffBy) {

    public boolean counted() {
        return signedOffBy != null;
    }

    /** @param answers one answer per question */
    public record Marked(List<Answer> answers, Integer count) {
    }
}
