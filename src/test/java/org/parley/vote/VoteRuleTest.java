package org.parley.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.parley.platform.ParleyException;

class VoteRuleTest {

    static final VoteRule MAJORITY = VoteRule.of(RuleType.MAJORITY_OF_VOTES_CAST);
    static final VoteRule TWO_THIRDS = VoteRule.of(RuleType.TWO_THIRDS_OF_VOTES_CAST);

    @Test
    void aTieFailsAMajorityAndOneMorePasses() {
        assertThat(MAJORITY.decide(100, 10, 5).passed()).isFalse();
        assertThat(MAJORITY.decide(100, 10, 6).passed()).isTrue();
        assertThat(MAJORITY.decide(100, 11, 6).passed()).isTrue();
        assertThat(MAJORITY.decide(100, 11, 5).passed()).isFalse();
        assertThat(MAJORITY.decide(100, 10, 5).reason()).contains("6 of 10").contains("only 5");
    }

    @Test
    void exactlyTwoThirdsPassesAndOneShortFails() {
        assertThat(TWO_THIRDS.decide(10, 9, 6).passed()).isTrue();
        assertThat(TWO_THIRDS.decide(10, 9, 5).passed()).isFalse();
        assertThat(TWO_THIRDS.decide(1000, 300, 200).passed()).isTrue();
        assertThat(TWO_THIRDS.decide(1000, 300, 199).passed()).isFalse();
        // two-thirds of 10 is 6.67: 7 are needed
        assertThat(TWO_THIRDS.decide(10, 10, 6).passed()).isFalse();
        assertThat(TWO_THIRDS.decide(10, 10, 7).passed()).isTrue();
        assertThat(TWO_THIRDS.decide(10, 10, 6).reason()).contains("7 of 10");
        // 150,001 ballots: no floating point in the way
        assertThat(TWO_THIRDS.decide(200_000, 150_001, 100_001).passed()).isTrue();
    }

    @Test
    void aMinimumTurnoutIsMetExactlyAtItsPercentage() {
        VoteRule half = new VoteRule(RuleType.MAJORITY_OF_VOTES_CAST, new BigDecimal("50"), null);
        assertThat(half.decide(10, 5, 5).passed()).isTrue();
        assertThat(half.decide(10, 4, 4).passed()).isFalse();
        assertThat(half.decide(10, 4, 4).reason()).contains("turnout is below the minimum of 50%");
        VoteRule third = new VoteRule(RuleType.MAJORITY_OF_VOTES_CAST, new BigDecimal("33.3333"), null);
        assertThat(third.decide(3, 1, 1).passed()).as("1 of 3 is 33.33…% ≥ 33.3333%").isTrue();
        assertThat(third.decide(300_000, 99_999, 99_999).passed()).as("33.333% < 33.3333%").isFalse();
    }

    @Test
    void belowTheTurnoutThresholdTwoThirdsAreNeededToRejectAndAtItAMajorityDecides() {
        VoteRule rule = new VoteRule(RuleType.TWO_THIRDS_TO_REJECT_BELOW_TURNOUT, null, new BigDecimal("50"));
        // 49 of 100 vote: low turnout, 32 of 49 against is less than two-thirds (33 needed) → passes
        assertThat(rule.decide(100, 49, 17).passed()).isTrue();
        assertThat(rule.decide(100, 49, 16).passed()).as("33 of 49 against rejects").isFalse();
        assertThat(rule.decide(100, 48, 16).passed()).as("exactly two-thirds (32 of 48) rejects").isFalse();
        assertThat(rule.decide(100, 48, 17).passed()).isTrue();
        // exactly 50 of 100 vote: the threshold is met, a majority decides, a tie fails
        assertThat(rule.decide(100, 50, 25).passed()).isFalse();
        assertThat(rule.decide(100, 50, 26).passed()).isTrue();
        assertThat(rule.decide(100, 49, 16).reason()).contains("two-thirds were needed to reject");
    }

    @Test
    void nothingPassesWithoutBallotsAndImpossibleRulesAreRefused() {
        assertThat(MAJORITY.decide(10, 0, 0).passed()).isFalse();
        assertThat(new VoteRule(RuleType.TWO_THIRDS_TO_REJECT_BELOW_TURNOUT, null, new BigDecimal("50")).decide(10, 0, 0).passed()).isFalse();
        assertThatThrownBy(() -> new VoteRule(RuleType.TWO_THIRDS_TO_REJECT_BELOW_TURNOUT, null, null))
                .isInstanceOf(ParleyException.class).hasMessageContaining("turnout threshold");
        assertThatThrownBy(() -> new VoteRule(RuleType.MAJORITY_OF_VOTES_CAST, new BigDecimal("101"), null))
                .isInstanceOf(ParleyException.class).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> new VoteRule(RuleType.MAJORITY_OF_VOTES_CAST, null, BigDecimal.TEN))
                .isInstanceOf(ParleyException.class);
    }
}
