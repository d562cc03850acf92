package org.parley.negotiation;

public enum TableKind {
    NATIONAL("National table"),
    LOCAL("Local table");

    private final String label;

    TableKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
