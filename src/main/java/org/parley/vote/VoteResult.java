package org.parley.vote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The result after the close, computed from the ballots in the box.
 *
 * @param turnout percent of the eligible who cast a ballot, rounded to one decimal for showing
 * @param passed  the rule's decision on the first question
 * @param reason  why, in one sentence
 */
public record VoteResult(long voteId, long eligible, long cast, long online, long paper, BigDecimal turnout,
                         List<QuestionResult> questions, boolean passed, String reason) {

    /**
     * @param counts      each choice's text → its count, in the ballot's order
     * @param percentages each choice's text → percent of the votes cast, rounded to one decimal for showing
     */
    public record QuestionResult(String text, Map<String, Long> counts, Map<String, BigDecimal> percentages) {
    }
}
