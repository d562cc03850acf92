package org.parley.term;

/**
 * An automatic renewal clause: "renews from year to year unless either party gives notice
 * {@code noticeDays} days before expiration". A timely notice to modify or terminate stops it.
 *
 * @param months how long each renewal lasts (12 for year to year)
 * @param clause where it is written, e.g. "Article 40"
 */
public record RenewalClause(int months, int noticeDays, String clause) {
}
