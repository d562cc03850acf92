package org.parley.vote;

/** What counts when a member votes online and also sends a paper ballot. Either way one ballot counts. */
public enum DuplicateRule {
    /** Whichever reached the committee first counts; the later one is refused or set aside unopened. */
    FIRST_RECEIVED("The first ballot received counts"),
    /** The online ballot counts; a sealed paper envelope from the same member is set aside unopened. */
    ONLINE_WINS("The online ballot counts");

    private final String label;

    DuplicateRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
