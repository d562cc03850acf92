package org.parley.term;

/** Where a deadline stands on the day it is computed for. */
public enum DeadlineStatus {
    UPCOMING, MET, MISSED, NOT_APPLICABLE
}
