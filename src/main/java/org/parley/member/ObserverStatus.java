package org.parley.member;

public enum ObserverStatus {
    /** Among the first sign-ups, as many as the session has seats. */
    SEATED("Seated"),
    /** Signed up after the seats were taken; moves up when someone cancels. */
    WAITLISTED("Waitlisted"),
    CANCELLED("Cancelled");

    private final String label;

    ObserverStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
