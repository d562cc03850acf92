package org.parley.negotiation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When the agreement being renegotiated expires, as its duration clause says, and the facts the
 * legal clock needs: the jurisdiction whose rules apply, whether the employer is a health care
 * institution, whether this is a first contract. Extensions and renewals are not here: they move
 * the expiration the countdown uses (see {@link LegalClock}), the clause itself stays as written.
 *
 * @param expirationDate the last day the agreement is in force, as written
 * @param expirationTime the hour it ends on that day ("11:59 p.m."); null means midnight at the end of the day
 * @param zone           the zone the clause's hour is in ("Pacific"); by default the negotiation's
 * @param jurisdiction   the code of the rules that apply, e.g. {@code US_NLRA}
 */
public record ContractTerm(long negotiationId, LocalDate expirationDate, LocalTime expirationTime, ZoneId zone,
                           String jurisdiction, boolean healthCareInstitution, boolean firstContract) {

    public static final String DEFAULT_JURISDICTION = "US_NLRA";

    /** The first moment the agreement is no longer in force. */
    public ZonedDateTime expiresAt() {
        return expirationTime == null ? expirationDate.plusDays(1).atStartOfDay(zone) : expirationDate.atTime(expirationTime).atZone(zone);
    }

    /** "midnight at the end of 30 September 2026 (America/Los_Angeles)" or "11:59 p.m. on 30 September 2026 (…)". */
    public String expirationPhrase() {
        return phrase(expiresAt());
    }

    /** How a moment at which an agreement ends reads: midnight is the end of the day before. */
    public static String phrase(ZonedDateTime end) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        if (end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return "midnight at the end of " + day.format(end.minusDays(1)) + " (" + end.getZone().getId() + ")";
        }
        return DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH).format(end).toLowerCase(Locale.ROOT)
                .replace("am", "a.m.").replace("pm", "p.m.") + " on " + day.format(end) + " (" + end.getZone().getId() + ")";
    }

    /** The last day in force of an agreement that ends at {@code end}. */
    public static LocalDate lastDay(ZonedDateTime end) {
        return end.minusNanos(1).toLocalDate();
    }
}
