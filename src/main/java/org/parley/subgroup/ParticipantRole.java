package org.parley.subgroup;

/** How someone takes part in a subgroup. */
public enum ParticipantRole {
    /** Leads the subgroup for its side; one or two per side. */
    CO_LEAD("Co-lead"),
    /** A member for its side, from the table's team or a subject-matter expert. */
    MEMBER("Member"),
    /** Neutral: runs the process, sees the joint work only, states no stance. */
    FACILITATOR("Facilitator"),
    /** A member of the unit selected by a local union to attend; reads, states no stance. */
    OBSERVER("Observer");

    private final String label;

    ParticipantRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Co-leads and members state stances in a consensus check; facilitators and observers do not. */
    public boolean decides() {
        return this == CO_LEAD || this == MEMBER;
    }
}
