package org.parley.subgroup;

/** How well an option meets a criterion. */
public enum Rating {
    MEETS("Meets"),
    PARTLY("Partly meets"),
    DOES_NOT_MEET("Does not meet");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
