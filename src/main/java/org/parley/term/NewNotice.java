package org.parley.term;

/**
 * A notice to record. Times are ISO date-times; without an offset, the negotiation's zone.
 *
 * @param planned true to record it as planned (that side's alone until marked served)
 * @param title   for a CUSTOM notice, what it is
 */
public record NewNotice(String kind, String servedAt, String servedBy, String recipients, String method, String location,
                        String actionStartsAt, Boolean planned, String title) {
}
