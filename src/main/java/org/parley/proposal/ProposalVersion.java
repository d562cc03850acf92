package org.parley.proposal;

import java.time.Instant;
import java.time.LocalDate;
import org.parley.platform.Side;

/**
 * One proposal passed across the table: the opening one of a thread or a counter.
 *
 * @param number     its place in the thread, from 1
 * @param sideNumber the side's running number of proposals at this table: labor's third is "L-3"
 */
public record ProposalVersion(long id, long threadId, int number, Side side, int sideNumber, long sessionId,
                              LocalDate passedOn, String language, String summary, String recordedBy, Instant recordedAt) {

    public String label() {
        return side.initial() + "-" + sideNumber;
    }
}
