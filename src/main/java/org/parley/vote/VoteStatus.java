package org.parley.vote;

/** Where a vote stands. Only a TALLIED vote has a result; nobody sees a count before. */
public enum VoteStatus {
    /** Defined and announced; the electorate is frozen and its fingerprint published. */
    DEFINED("Announced"),
    /** Ballots are accepted between the opening and closing times. */
    OPEN("Open"),
    /** Online voting is over; paper ballots received in sealed envelopes are being counted. */
    CLOSED("Closed, counting paper ballots"),
    /** Counted: the result, the board of trackers and the record are published. */
    TALLIED("Closed and counted");

    private final String label;

    VoteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean over() {
        return this == CLOSED || this == TALLIED;
    }
}
