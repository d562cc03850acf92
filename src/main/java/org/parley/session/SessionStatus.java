package org.parley.session;

public enum SessionStatus {
    PLANNED("Planned"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
