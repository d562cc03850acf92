package org.parley.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.parley.account.Viewer;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.proposal.StatusSheets;
import org.parley.session.Sessions;
import org.parley.subgroup.Subgroups;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the figures of a table are computed from, through the owning modules' facades. */
@Component
class FigureSource {

    private final Negotiations negotiations;
    private final Sessions sessions;
    private final StatusSheets statusSheets;
    private final Subgroups subgroups;
    private final Clock clock;

    FigureSource(Negotiations negotiations, Sessions sessions, StatusSheets statusSheets, Subgroups subgroups, Clock clock) {
        this.subgroups = subgroups;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.statusSheets = statusSheets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    TableFigures figures(Viewer viewer, long tableId, LocalDate from, LocalDate to, LocalDate asOf) {
        BargainingTable table = negotiations.table(viewer, tableId);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(table.timeZone()));
        return TableFigures.of(tableId, sessions.ofTable(viewer, tableId), statusSheets.tally(viewer, tableId), from, to, day,
                subgroups.figures(viewer, tableId));
    }
}
