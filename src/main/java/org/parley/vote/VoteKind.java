package org.parley.vote;

public enum VoteKind {
    STRIKE_AUTHORIZATION("Strike authorization"),
    RATIFICATION("Ratification"),
    OTHER("Vote");

    private final String label;

    VoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
