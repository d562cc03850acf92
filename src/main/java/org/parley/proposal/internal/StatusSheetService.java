package org.parley.proposal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.account.Viewer;
import org.parley.negotiation.Negotiations;
import org.parley.proposal.StatusSheetFilter;
import org.parley.proposal.StatusSheetPage;
import org.parley.proposal.StatusSheetRow;
import org.parley.proposal.StatusSheets;
import org.parley.platform.Revision;
import org.parley.proposal.TableTally;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StatusSheetService implements StatusSheets {

    private final StatusSheetRepository repository;
    private final Negotiations negotiations;
    // The dashboard of a national table reads its tally on every view; it changes only when something is passed or agreed there.
    private final Revision tallies;

    StatusSheetService(StatusSheetRepository repository, Negotiations negotiations, ProposalRepository proposals) {
        this.repository = repository;
        this.negotiations = negotiations;
        this.tallies = proposals.tableRevisions();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusSheetRow> rows(Viewer viewer, long tableId, StatusSheetFilter filter) {
        negotiations.table(viewer, tableId); // TABLE records: the audience check, and "no table" for a wrong id
        List<StatusSheetRow> rows = new ArrayList<>();
        repository.each(tableId, filter, rows::add);
        return rows;
    }

    @Override
    @Transactional(readOnly = true)
    public StatusSheetPage page(Viewer viewer, long tableId, StatusSheetFilter filter, int page) {
        negotiations.table(viewer, tableId);
        int at = Math.max(1, page);
        long matching = repository.count(tableId, filter);
        return new StatusSheetPage(repository.page(tableId, filter, (at - 1) * StatusSheetPage.SIZE, StatusSheetPage.SIZE),
                matching, filter.narrows() ? repository.count(tableId, StatusSheetFilter.ALL) : matching, at, StatusSheetPage.SIZE,
                repository.subgroups(tableId));
    }

    @Override
    @Transactional(readOnly = true)
    public void each(Viewer viewer, long tableId, StatusSheetFilter filter, Consumer<StatusSheetRow> row) {
        negotiations.table(viewer, tableId);
        repository.each(tableId, filter, row);
    }

    @Override
    @Transactional(readOnly = true)
    public TableTally tally(Viewer viewer, long tableId) {
        negotiations.table(viewer, tableId);
        return tallies.kept(tableId, () -> repository.tally(tableId));
    }
}
