package org.parley.term;

/**
 * An offer of extension: either {@code days} or {@code until} (an ISO date, the new last day in force).
 *
 * @param offeredAt ISO date-time; now when left out
 */
public record NewExtension(String offeredBy, Integer days, String until, String conditions, String offeredAt) {
}
