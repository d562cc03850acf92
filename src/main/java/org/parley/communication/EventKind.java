package org.parley.communication;

public enum EventKind {
    TOWN_HALL("Town hall"), INFO_PICKET("Info picket"), RALLY("Rally"), TABLING("Tabling"), WEAR_RED("Wear red day");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
