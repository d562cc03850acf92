package org.parley.negotiation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Days to the expiration of the agreement, or days worked without one, and the agreement's status.
 * An agreement is in force through its expiration date ("expires at midnight"): the day after is
 * the first day without a contract. An agreement that ends at an hour ("11:59 p.m.") has expired
 * from that moment, and the same day counts as its last day in force.
 *
 * @param expirationDate      the last day in force, extensions and renewals applied
 * @param daysUntilExpiration calendar days from {@code asOf} to the expiration date; 0 on the day
 *                            itself and after it
 * @param daysWithoutContract calendar days since the expiration date; 0 until it has passed
 * @param status              in force, extended or expired
 * @param expiresAt           the first moment without a contract; null when only a date is known
 */
public record Countdown(LocalDate expirationDate, LocalDate asOf, long daysUntilExpiration, long daysWithoutContract,
                        ContractStatus status, ZonedDateTime expiresAt) {

    /** A countdown from the expiration date alone: in force through that date. */
    public static Countdown of(LocalDate expirationDate, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(asOf, expirationDate);
        return new Countdown(expirationDate, asOf, Math.max(0, days), Math.max(0, -days),
                days < 0 ? ContractStatus.EXPIRED : ContractStatus.IN_FORCE, null);
    }

    /**
     * A countdown at a moment, for an agreement that ends at {@code expiresAt}; days are counted in
     * the zone of the expiration.
     */
    public static Countdown at(LegalClock.State state, Instant at) {
        ZonedDateTime end = state.expiresAt();
        ZoneId zone = end.getZone();
        LocalDate lastDay = ContractTerm.lastDay(end);
        LocalDate asOf = LocalDate.ofInstant(at, zone);
        boolean expired = !at.isBefore(end.toInstant());
        long days = ChronoUnit.DAYS.between(asOf, lastDay);
        ContractStatus status = expired ? ContractStatus.EXPIRED : state.status() == ContractStatus.EXPIRED ? ContractStatus.IN_FORCE : state.status();
        return new Countdown(lastDay, asOf, Math.max(0, days), expired ? Math.max(1, -days) : 0, status, end);
    }

    public boolean expired() {
        return status == ContractStatus.EXPIRED;
    }

    public boolean extended() {
        return status == ContractStatus.EXTENDED;
    }

    /** The phrase a bargaining update would use. */
    public String phrase() {
        if (expired()) {
            return daysWithoutContract == 1 ? "First day without a contract"
                    : daysWithoutContract + " days without a contract";
        }
        String extended = extended() ? "Extended until " + DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(expirationDate) + ": " : "";
        if (daysUntilExpiration == 0) {
            String hour = expiresAt == null || expiresAt.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "midnight"
                    : DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH).format(expiresAt).toLowerCase(Locale.ROOT)
                            .replace("am", "a.m.").replace("pm", "p.m.");
            return extended + (extended.isEmpty() ? "T" : "t") + "he contract expires today at " + hour;
        }
        return extended + (daysUntilExpiration == 1 ? "1 day left before the contract expires"
                : daysUntilExpiration + " days left before the contract expires");
    }

    /** "In force", "Extended", "Expired — day 3 without a contract". */
    public String statusLabel() {
        return expired() ? "Expired — day " + daysWithoutContract + " without a contract" : status.label();
    }
}
