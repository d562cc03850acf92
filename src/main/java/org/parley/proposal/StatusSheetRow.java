package org.parley.proposal;

import java.time.LocalDate;
import org.parley.platform.Side;

/**
 * One line of the status sheet, the chart every bargaining team keeps.
 *
 * @param lastSide    the side that moved last (passed the latest version or withdrew); null before any version
 * @param countered   whether the latest version answers the other side's
 * @param versions    how many versions were passed
 * @param agreedOn    the date of the standing TA, or null
 */
public record StatusSheetRow(ProposalThread thread, Side openedBy, LocalDate openedOn, Side lastSide, String lastLabel,
                             LocalDate lastMovedOn, boolean countered, int versions, LocalDate agreedOn) {

    /** "Countered" is how teams read a thread whose latest move answers the other side. */
    public String statusLabel() {
        if (thread.status() == ThreadStatus.ON_THE_TABLE && countered) {
            return "Countered by " + lastSide.label().toLowerCase();
        }
        return thread.status().label();
    }

    /** "Labor's 46th proposal at this table" for the label L-46; empty before any version. */
    public String lastLabelMeaning() {
        if (lastLabel == null || lastLabel.indexOf('-') < 0) {
            return "";
        }
        return ProposalVersion.labelMeaning(lastSide, Integer.parseInt(lastLabel.substring(lastLabel.indexOf('-') + 1)));
    }

    public String statusClass() {
        return thread.status() == ThreadStatus.ON_THE_TABLE && countered ? "COUNTERED" : thread.status().name();
    }
}
