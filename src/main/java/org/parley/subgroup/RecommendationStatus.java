package org.parley.subgroup;

/** Where a recommendation is on its way to the full table. */
public enum RecommendationStatus {
    DRAFTED("Drafted"),
    REPORTED("Reported at a check-in"),
    APPROVED("Approved as a TA"),
    SENT_BACK("Sent back");

    private final String label;

    RecommendationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
