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

    /** What the label means in words, for its tooltip: "Labor's 46th proposal at this table". */
    public String labelMeaning() {
        return labelMeaning(side, sideNumber);
    }

    /**
     * Each side numbers its proposals at a table, across all the table's threads, so the next labor counter after L-2
     * on one subject may be L-46: labor's 46th proposal at the table.
     */
    public static String labelMeaning(Side side, int sideNumber) {
        return (side == null ? "The table's " : side.label() + "'s ") + ordinal(sideNumber)
                + (side == null ? " joint version" : " proposal at this table");
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
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
