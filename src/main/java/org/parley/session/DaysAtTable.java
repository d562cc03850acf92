package org.parley.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * "Today marks the sixth day at the table": the Nth distinct date on which a table held a
 * session. Cancelled and planned sessions do not count; each date of a multi-day session does;
 * two sessions on one date count once.
 */
public final class DaysAtTable {

    private final List<LocalDate> heldDates;

    private DaysAtTable(TreeSet<LocalDate> dates) {
        this.heldDates = new ArrayList<>(dates);
    }

    public static DaysAtTable of(Collection<BargainingSession> sessions) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (BargainingSession session : sessions) {
            if (session.status() == SessionStatus.HELD) {
                session.date().datesUntil(session.lastDate().plusDays(1)).forEach(dates::add);
            }
        }
        return new DaysAtTable(dates);
    }

    /** The day number of a date the table held a session, or null if it held none that day. */
    public Integer dayNumber(LocalDate date) {
        int index = java.util.Collections.binarySearch(heldDates, date);
        return index >= 0 ? index + 1 : null;
    }

    /** Number of days at the table up to and including {@code asOf}. */
    public int daysThrough(LocalDate asOf) {
        int index = java.util.Collections.binarySearch(heldDates, asOf);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** Number of days at the table within [from, to]. */
    public int daysBetween(LocalDate from, LocalDate to) {
        return daysThrough(to) - daysThrough(from.minusDays(1));
    }

    public List<LocalDate> dates() {
        return List.copyOf(heldDates);
    }
}
