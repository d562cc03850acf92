package org.parley.member;

import java.util.List;

/**
 * What an import did (or, as a preview, would do).
 *
 * @param added       rows whose member ID was not on the roster
 * @param updated     rows that changed an existing entry (including making an inactive one active)
 * @param inactivated active entries that are not in the file any more
 * @param unchanged   rows identical to the roster
 * @param problems    rows that were not imported, and why; row 1 is the header
 */
public record RosterImport(boolean preview, int added, int updated, int inactivated, int unchanged,
                           List<Problem> problems) {

    public record Problem(int row, String message) {
    }
}
