package org.parley.negotiation;

/** Where the agreement stands at a moment: the status every countdown shows. */
public enum ContractStatus {
    /** In force through its own expiration (or renewed by its own terms). */
    IN_FORCE("In force"),
    /** Past its own expiration, kept in force by an accepted extension. */
    EXTENDED("Extended"),
    /** Expired: the unit works without a contract. */
    EXPIRED("Expired");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
