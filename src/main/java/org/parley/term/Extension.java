package org.parley.term;

import java.time.Instant;
import java.time.LocalDate;
import org.parley.platform.Side;

/**
 * An offer to extend the expiring agreement, kept with its answer; never deleted.
 *
 * @param days        the term offered in days, or null when offered until a date
 * @param until       the last day in force offered, or null when offered for a number of days
 * @param counterOf   the offer this one counters, if any
 * @param respondedBy the side that answered (the other side, or the offering side for a withdrawal)
 * @param recordedBy  the account that recorded the offer; {@code responseRecordedBy} the answer
 */
public record Extension(long id, long negotiationId, Side offeredBy, Integer days, LocalDate until, String conditions,
                        Instant offeredAt, String recordedBy, ExtensionStatus status, Side respondedBy, Instant respondedAt,
                        String responseRecordedBy, Long counterOf) {

    /** "a 30-day extension" or "an extension until 30 October 2026". */
    public String term() {
        return days != null ? "a " + days + "-day extension"
                : "an extension until " + until.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
    }
}
