package org.parley.platform;

/** The two sides of a bargaining table. */
public enum Side {
    LABOR("Labor"),
    MANAGEMENT("Management");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Side other() {
        return this == LABOR ? MANAGEMENT : LABOR;
    }

    /** One letter used in proposal labels, e.g. "L-3" for labor's third proposal. */
    public String initial() {
        return name().substring(0, 1);
    }
}
