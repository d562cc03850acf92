package org.parley.vote;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the election committee states when it defines a vote (POST /api/votes).
 *
 * @param opensAt     "2026-04-01T08:00-07:00", or wall-clock time in {@code timeZone} ("2026-04-01T08:00")
 * @param timeZone    defaults to the negotiation's
 * @param allowRevote off by default; when on, a member may replace their ballot until the close (the last counts)
 * @param liveTurnout whether how many have voted is shown while the vote is open
 * @param duplicateRule what counts when a member votes online and on paper; FIRST_RECEIVED by default
 */
public record NewVote(Long negotiationId, VoteKind kind, String title, String explanation, List<NewQuestion> questions,
                      String opensAt, String closesAt, String timeZone, Electorate electorate, Rule rule,
                      Boolean allowRevote, Boolean liveTurnout, DuplicateRule duplicateRule) {

    /** @param choices for a yes/no question, leave empty: the choices are then "Yes" and "No" */
    public record NewQuestion(String text, List<String> choices) {
    }

    public record Rule(RuleType type, BigDecimal minTurnout, BigDecimal turnoutThreshold) {
    }
}
