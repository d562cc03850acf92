package org.parley.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.parley.contract.SectionChange;
import org.parley.platform.Side;

/**
 * One proposal passed across the table: the opening one of a thread or a counter.
 *
 * @param number     its place in the thread, from 1
 * @param side       the side that passed it; null for a joint version (a subgroup's recommendation the full
 *                   table approved), passed by neither side
 * @param sideNumber the side's running number of proposals at this table: labor's third is "L-3"; for joint
 *                   versions, the table's running number of them ("J-2")
 * @param changes    its changes to the negotiation's base agreement, section by section; empty when the
 *                   version states its language only
 */
public record ProposalVersion(long id, long threadId, int number, Side side, int sideNumber, long sessionId,
                              LocalDate passedOn, String language, String summary, String recordedBy, Instant recordedAt,
                              List<SectionChange> changes) {

    public String label() {
        return (side == null ? "J" : side.initial()) + "-" + sideNumber;
    }

    /** True for a joint version: a recommendation both sides reached together, passed by neither. */
    public boolean joint() {
        return side == null;
    }

    /** "Labor", "Management" or "Joint", as pages name who passed it. */
    public String sideLabel() {
        return side == null ? "Joint" : side.label();
    }
}
