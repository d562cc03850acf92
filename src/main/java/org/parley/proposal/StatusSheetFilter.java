package org.parley.proposal;

import org.parley.platform.Side;

/** Narrows the status sheet; null fields do not filter. */
public record StatusSheetFilter(ThreadStatus status, Side lastSide, Boolean economic, String text) {

    public static final StatusSheetFilter ALL = new StatusSheetFilter(null, null, null, null);

    public boolean accepts(StatusSheetRow row) {
        return (status == null || row.thread().status() == status)
                && (lastSide == null || row.lastSide() == lastSide)
                && (economic == null || row.thread().economic() == economic)
                && (text == null || text.isBlank() || contains(row.thread().title(), text) || contains(row.thread().article(), text));
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase().contains(text.strip().toLowerCase());
    }
}
