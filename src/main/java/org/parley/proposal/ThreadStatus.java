package org.parley.proposal;

public enum ThreadStatus {
    ON_THE_TABLE("On the table"),
    WITHDRAWN("Withdrawn"),
    TENTATIVELY_AGREED("Tentatively agreed"),
    WALKED_BACK("Walked back");

    private final String label;

    ThreadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a side may still pass a version, withdraw or sign a TA. */
    public boolean open() {
        return this == ON_THE_TABLE || this == WALKED_BACK;
    }
}
