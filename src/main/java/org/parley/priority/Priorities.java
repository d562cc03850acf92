package org.parley.priority;

import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;

/** A side's bargaining priorities; only that side's team reads or writes them. */
public interface Priorities {

    /** Adds a priority for the viewer's side; rank 1 is the highest. */
    Priority add(Viewer by, long tableId, String title, String source, Integer rank);

    /** The viewer's side's priorities at the table, by rank; none for anyone not on a team. */
    List<Priority> ofTable(Viewer viewer, long tableId);

    /** Records the other side's latest answer (the date defaults to today). */
    Priority recordAnswer(Viewer by, long priorityId, String text, LocalDate date);

    Priority changeStatus(Viewer by, long priorityId, Priority.Status status);

    /** Ties the priority to a thread, subgroup or TA of its table that addresses it. */
    Priority link(Viewer by, long priorityId, Priority.LinkKind kind, long targetId);
}
