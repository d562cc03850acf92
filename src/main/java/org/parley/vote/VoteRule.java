package org.parley.vote;

import java.math.BigDecimal;
import org.parley.platform.ParleyException;

/**
 * The rule that decides a vote, computed exactly with whole numbers: percentages are only for
 * showing. Exactly two-thirds passes a two-thirds rule; a tie fails a majority; a turnout equal to a
 * minimum meets it.
 *
 * @param minTurnout       optional minimum turnout, in percent of the eligible (e.g. 50); below it nothing passes
 * @param turnoutThreshold for {@link RuleType#TWO_THIRDS_TO_REJECT_BELOW_TURNOUT}: the turnout, in percent,
 *                         below which two-thirds are needed to reject
 */
public record VoteRule(RuleType type, BigDecimal minTurnout, BigDecimal turnoutThreshold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public VoteRule {
        ParleyException.require(type, "The rule's type (MAJORITY_OF_VOTES_CAST, TWO_THIRDS_OF_VOTES_CAST or "
                + "TWO_THIRDS_TO_REJECT_BELOW_TURNOUT)");
        minTurnout = percent(minTurnout, "The minimum turnout");
        turnoutThreshold = percent(turnoutThreshold, "The turnout threshold");
        if (type == RuleType.TWO_THIRDS_TO_REJECT_BELOW_TURNOUT && turnoutThreshold == null) {
            throw ParleyException.invalid("A turnout-dependent rule needs its turnout threshold (turnoutThreshold, in percent, e.g. 50).");
        }
        if (type != RuleType.TWO_THIRDS_TO_REJECT_BELOW_TURNOUT && turnoutThreshold != null) {
            throw ParleyException.invalid("Only the rule TWO_THIRDS_TO_REJECT_BELOW_TURNOUT takes a turnout threshold.");
        }
    }

    public static VoteRule of(RuleType type) {
        return new VoteRule(type, null, null);
    }

    private static BigDecimal percent(BigDecimal value, String what) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw ParleyException.invalid(what + " is a percentage from 0 to 100.");
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw ParleyException.invalid(what + " has at most four decimals.");
        }
        return value.stripTrailingZeros();
    }

    /**
     * Decides the first question.
     *
     * @param eligible members in the electorate
     * @param cast     ballots cast
     * @param yes      ballots for the first choice (the proposal)
     */
    public Decision decide(long eligible, long cast, long yes) {
        if (yes < 0 || yes > cast || cast > eligible && eligible > 0) {
            throw new IllegalArgumentException("impossible counts: " + yes + " of " + cast + " of " + eligible);
        }
        long no = cast - yes;
        if (minTurnout != null && !turnoutAtLeast(cast, eligible, minTurnout)) {
            return new Decision(false, "The turnout is below the minimum of " + minTurnout.toPlainString()
                    + "% of the eligible, so the vote does not pass.");
        }
        if (cast == 0) {
            return new Decision(false, "No ballots were cast, so the vote does not pass.");
        }
        return switch (type) {
            case MAJORITY_OF_VOTES_CAST -> majority(cast, yes);
            case TWO_THIRDS_OF_VOTES_CAST -> yes * 3 >= cast * 2
                    ? new Decision(true, "At least two-thirds of the votes cast (" + needed(cast, 2, 3) + " of " + cast + ") were needed; "
                    + yes + " voted for it.")
                    : new Decision(false, "Two-thirds of the votes cast (" + needed(cast, 2, 3) + " of " + cast + ") were needed; only "
                    + yes + " voted for it.");
            case TWO_THIRDS_TO_REJECT_BELOW_TURNOUT -> turnoutAtLeast(cast, eligible, turnoutThreshold)
                    ? majority(cast, yes)
                    : no * 3 >= cast * 2
                    ? new Decision(false, "Turnout was below " + turnoutThreshold.toPlainString() + "%, so two-thirds were needed to reject ("
                    + needed(cast, 2, 3) + " of " + cast + "); " + no + " voted against: rejected.")
                    : new Decision(true, "Turnout was below " + turnoutThreshold.toPlainString() + "%, so two-thirds were needed to reject ("
                    + needed(cast, 2, 3) + " of " + cast + "); only " + no + " voted against: it passes.");
        };
    }

    private static Decision majority(long cast, long yes) {
        return yes * 2 > cast
                ? new Decision(true, "A majority of the votes cast (" + (cast / 2 + 1) + " of " + cast + ") was needed; " + yes + " voted for it.")
                : new Decision(false, "A majority of the votes cast (" + (cast / 2 + 1) + " of " + cast + ") was needed; only " + yes
                + " voted for it.");
    }

    /** The least whole number of votes that is at least num/den of the cast. */
    static long needed(long cast, long num, long den) {
        return (cast * num + den - 1) / den;
    }

    /** cast / eligible >= percent / 100, exactly. */
    static boolean turnoutAtLeast(long cast, long eligible, BigDecimal percent) {
        return BigDecimal.valueOf(cast).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(eligible))) >= 0;
    }

    /** As a person reads it, e.g. "Two-thirds of votes cast; at least 50% turnout". */
    public String describe() {
        String text = type == RuleType.TWO_THIRDS_TO_REJECT_BELOW_TURNOUT
                ? "A majority of votes cast; when fewer than " + turnoutThreshold.toPlainString()
                + "% of the eligible vote, it passes unless two-thirds of the votes cast reject it"
                : type.label();
        return minTurnout == null ? text : text + "; at least " + minTurnout.toPlainString() + "% of the eligible must vote";
    }

    /** @param reason one sentence a member reads under the result */
    public record Decision(boolean passed, String reason) {
    }
}
