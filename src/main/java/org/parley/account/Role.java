package org.parley.account;

import org.parley.platform.Side;

/** What an account is for. A team role also fixes the account's side of the table. */
public enum Role {
    ADMIN("Administrator", null),
    LABOR_TEAM("Labor team", Side.LABOR),
    MANAGEMENT_TEAM("Management team", Side.MANAGEMENT),
    MEMBER("Member", null),
    /** Administers votes: defines them, opens and closes them, issues voting keys, records paper ballots. */
    ELECTION_COMMITTEE("Election committee", null),
    /** A scrutineer: watches votes and reads their record and results; changes nothing. */
    OBSERVER("Vote observer", null),
    /**
     * A neutral facilitator of subgroups (often from outside both parties): sees public records, and the
     * joint work of the subgroups it facilitates; never a side's records, never the members'.
     */
    FACILITATOR("Facilitator", null);

    private final String label;
    private final Side side;

    Role(String label, Side side) {
        this.label = label;
        this.side = side;
    }

    public String label() {
        return label;
    }

    /** The side of a team role; null for everyone else. */
    public Side side() {
        return side;
    }
}
