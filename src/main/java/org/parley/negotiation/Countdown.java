package org.parley.negotiation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days to the expiration of the agreement, or days worked without one. An agreement is in force
 * through its expiration date ("expires at midnight"): the day after is the first day without
 * a contract.
 *
 * @param daysUntilExpiration calendar days from {@code asOf} to the expiration date; 0 on the day
 *                            itself and after it
 * @param daysWithoutContract calendar days since the expiration date; 0 until it has passed
 */
public record Countdown(LocalDate expirationDate, LocalDate asOf, long daysUntilExpiration, long daysWithoutContract) {

    public static Countdown of(LocalDate expirationDate, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(asOf, expirationDate);
        return new Countdown(expirationDate, asOf, Math.max(0, days), Math.max(0, -days));
    }

    public boolean expired() {
        return daysWithoutContract > 0;
    }

    /** The phrase a bargaining update would use. */
    public String phrase() {
        if (expired()) {
            return daysWithoutContract == 1 ? "First day without a contract"
                    : daysWithoutContract + " days without a contract";
        }
        if (daysUntilExpiration == 0) {
            return "The contract expires today at midnight";
        }
        return daysUntilExpiration == 1 ? "1 day left before the contract expires"
                : daysUntilExpiration + " days left before the contract expires";
    }
}
