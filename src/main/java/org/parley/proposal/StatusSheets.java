package org.parley.proposal;

import java.util.List;
import java.util.function.Consumer;
import org.parley.account.Viewer;

/**
 * The status sheet of a table, read, filtered and paged by the database so that a national table's sheet
 * costs a page of rows, not the whole record. A TABLE record: both teams and administrators see it.
 */
public interface StatusSheets {

    /** Every row the filter keeps, in the order the threads were opened. */
    List<StatusSheetRow> rows(Viewer viewer, long tableId, StatusSheetFilter filter);

    /** One page of {@link StatusSheetPage#SIZE} rows the filter keeps (page from 1), with the counts and the filter's choices. */
    StatusSheetPage page(Viewer viewer, long tableId, StatusSheetFilter filter, int page);

    /** Every row the filter keeps, handed to {@code row} as the database returns it: exports write each row at once. */
    void each(Viewer viewer, long tableId, StatusSheetFilter filter, Consumer<StatusSheetRow> row);

    /** The table's proposals and TAs counted per day, and its open threads by who moved last: for figures and charts. */
    TableTally tally(Viewer viewer, long tableId);
}
