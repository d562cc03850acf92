package org.parley.subgroup;

import java.util.List;
import org.parley.platform.Side;

/**
 * An issue a subgroup takes up, with its interest-based workspace: interests (the why), options,
 * criteria and each option's assessment against them. Joint: both sides see all of it.
 */
public record IbbIssue(long id, long subgroupId, String title, String statement, List<Interest> interests, List<Option> options,
                       List<Criterion> criteria) {

    public record Interest(long id, InterestSide side, String text) {
    }

    /**
     * @param side        the side that put it forward, shown only where the subgroup attributes options; else null
     * @param assessments by criterion id
     * @param consensus   the consensus check, or null before one was started
     */
    public record Option(long id, String text, Side side, java.util.Map<Long, Assessment> assessments, Consensus consensus) {
    }

    public record Criterion(long id, String text) {
    }

    public record Assessment(long criterionId, Rating rating, String note) {
    }

    public List<Interest> interests(InterestSide side) {
        return interests.stream().filter(i -> i.side() == side).toList();
    }
}
