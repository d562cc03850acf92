package org.parley.vote;

/** How the first question of a vote is decided. Its first choice is the proposal (Yes, Ratify, Authorize). */
public enum RuleType {
    /** More than half of the votes cast; a tie fails. */
    MAJORITY_OF_VOTES_CAST("A majority of votes cast"),
    /** At least two-thirds of the votes cast; exactly two-thirds passes. */
    TWO_THIRDS_OF_VOTES_CAST("Two-thirds of votes cast"),
    /**
     * Turnout-dependent: when fewer than {@code turnoutThreshold} percent of the eligible vote, the
     * proposal passes unless at least two-thirds of the votes cast reject it; otherwise a majority
     * of votes cast decides.
     */
    TWO_THIRDS_TO_REJECT_BELOW_TURNOUT("Two-thirds to reject when turnout is low, otherwise a majority");

    private final String label;

    RuleType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
