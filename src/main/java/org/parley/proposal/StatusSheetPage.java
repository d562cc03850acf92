package org.parley.proposal;

import java.util.List;

/**
 * One page of the status sheet as filtered: its rows, and how many threads the filter keeps in all.
 *
 * @param page     from 1
 * @param subgroups every subgroup the table's threads came from, for the filter's choices
 */
public record StatusSheetPage(List<StatusSheetRow> rows, long matching, long threads, int page, int size, List<String> subgroups) {

    public static final int SIZE = 50;

    public boolean hasMore() {
        return (long) page * size < matching;
    }

    /** The first row's place among the matching threads, from 1 ("51–100 of 750"). */
    public long first() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return (long) (page - 1) * size + rows.size();
    }

    /** How many the next page shows. */
    public long nextCount() {
        return Math.min(size, matching - last());
    }
}
