package org.parley.term;

/**
 * @param kind     CUSTOM (default) or REOPENER
 * @param date     an ISO date, or leave it out and give {@code daysBeforeExpiration}
 * @param audience TABLE, or the viewer's side (LABOR or MANAGEMENT)
 */
public record NewCustomDeadline(String kind, String label, String date, Integer daysBeforeExpiration, String basis, String audience) {
}
