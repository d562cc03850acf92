package org.parley.proposal;

import java.time.LocalDate;
import java.util.List;
import org.parley.contract.SectionChange;
import org.parley.platform.Side;

/**
 * A version passed across the table.
 *
 * @param passedOn the day it was passed; defaults to the session's day (today, within a multi-day session)
 * @param changes  section edits against the negotiation's base agreement; with changes, the language may be
 *                 left blank and is then written out from them
 */
public record NewVersion(Side side, Long sessionId, String language, String summary, LocalDate passedOn,
                         List<SectionChange> changes) {

    public NewVersion(Side side, Long sessionId, String language, String summary, LocalDate passedOn) {
        this(side, sessionId, language, summary, passedOn, List.of());
    }

    public List<SectionChange> changes() {
        return changes == null ? List.of() : changes;
    }
}
