package org.parley.session.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.parley.platform.ParleyException;

/**
 * Reads a time typed for the ledger: with an offset ("2026-03-17T09:30:00-07:00") it is exact;
 * without one ("2026-03-17T09:30") it is the wall-clock time at the table, in the negotiation's zone.
 */
final class TableClock {

    private TableClock() {
    }

    static Instant parse(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw ParleyException.invalid("'" + value + "' is not a valid " + field
                        + "; expected a date-time like 2026-03-17T09:30 or 2026-03-17T09:30:00-07:00.");
            }
        }
    }
}
