package org.parley.subgroup;

import java.util.List;
import org.parley.account.Viewer;

/**
 * Subgroups of a table. Their joint work is a TABLE record: both teams and administrators see it, and
 * so do the subgroup's facilitators and observers (who see nothing else of the table). Rules in one
 * place: {@code internal.SubgroupPermissions}.
 */
public interface Subgroups {

    /** Charters a subgroup of the table: administrators and the teams. */
    Subgroup charter(Viewer by, long tableId, NewSubgroup subgroup);

    List<Subgroup> ofTable(Viewer viewer, long tableId);

    Subgroup get(Viewer viewer, long subgroupId);

    Subgroup changeStatus(Viewer by, long subgroupId, SubgroupStatus status);

    /** Whether options show the side that put them forward. */
    Subgroup attributeOptions(Viewer by, long subgroupId, boolean attribute);

    /**
     * Names an observer selected by a local union (a member's account); only the labor team does, since
     * the union selects them. {@code caucus}: whether their local lets them attend the labor caucus.
     */
    Subgroup addObserver(Viewer by, long subgroupId, long accountId, String localUnion, boolean caucus);

    /** Records that the subgroup met at a session of its table (the session's console and ledger serve it). */
    Subgroup addMeeting(Viewer by, long subgroupId, long sessionId);

    /** Every subgroup of the table with its figures, in charter order. */
    List<SubgroupFigures> figures(Viewer viewer, long tableId);
}
