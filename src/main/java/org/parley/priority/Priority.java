package org.parley.priority;

import java.time.LocalDate;
import java.util.List;
import org.parley.platform.Side;

/**
 * One of a side's bargaining priorities at a table.
 *
 * @param source e.g. "Member survey 2025: ranked first by 71%"
 * @param latestAnswer the other side's latest answer, or null before any
 * @param links    what addresses it
 */
public record Priority(long id, long tableId, Side side, int rank, String title, String source, Status status, Answer latestAnswer,
                       List<Link> links) {

    public enum Status { OPEN, ADDRESSED, ACHIEVED, DROPPED }

    public enum LinkKind { THREAD, SUBGROUP, TENTATIVE_AGREEMENT }

    public record Answer(LocalDate answeredOn, String text, String recordedBy) {
    }

    /** @param label the thread's title, the subgroup's name or the TA's thread, as pages show it */
    public record Link(LinkKind kind, long targetId, String label) {
    }
}
