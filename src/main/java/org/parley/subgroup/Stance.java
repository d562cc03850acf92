package org.parley.subgroup;

/** What a participant says in a consensus check. Only a block stops consensus; a block needs a reason. */
public enum Stance {
    SUPPORT("Support"),
    CAN_LIVE_WITH("Can live with it"),
    STAND_ASIDE("Stand aside"),
    BLOCK("Block");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
