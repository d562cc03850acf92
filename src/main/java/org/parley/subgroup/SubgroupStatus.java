package org.parley.subgroup;

/** Where a subgroup is in its work. */
public enum SubgroupStatus {
    CHARTERED("Chartered"),
    WORKING("Working"),
    REPORTED("Reported"),
    CLOSED("Closed");

    private final String label;

    SubgroupStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
