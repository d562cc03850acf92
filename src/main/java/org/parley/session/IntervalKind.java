package org.parley.session;

/**
 * What the table is doing during an interval of the time ledger, and the console's buttons.
 * {@link #END} is not an interval: it closes the running one and ends the day.
 */
public enum IntervalKind {
    TABLE("At the table"),
    LABOR_CAUCUS("Labor caucus"),
    MANAGEMENT_CAUCUS("Management caucus"),
    WAITING_FOR_LABOR("Waiting for labor"),
    WAITING_FOR_MANAGEMENT("Waiting for management"),
    BREAK("Break"),
    END("End of day");

    private final String label;

    IntervalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isWaiting() {
        return this == WAITING_FOR_LABOR || this == WAITING_FOR_MANAGEMENT;
    }
}
