package org.parley.term.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.parley.platform.ParleyException;
import org.parley.platform.TypedInput;

/** Moments as people and API clients type them: with a zone, an offset, or in the agreement's zone. */
final class Moments {

    private Moments() {
    }

    /**
     * "2026-08-04T10:00-07:00[America/Los_Angeles]", "2026-08-04T10:00-07:00", "2026-08-04T10:00" or a day ("2026-08-04", its start).
     * {@code name} is the form's and the JSON body's name for the field, so a refusal is shown beside it; {@code field} is its words.
     */
    static Instant instant(String text, ZoneId zone, String name, String field) {
        try {
            return instant(text, zone, field);
        } catch (ParleyException e) {
            throw e.about(name);
        }
    }

    private static Instant instant(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        if (typed.length() == 10) {
            return TypedInput.date(typed, field).atStartOfDay(zone).toInstant();
        }
        if (typed.endsWith("]")) {
            try {
                return ZonedDateTime.parse(typed).toInstant();
            } catch (DateTimeParseException e) {
                throw ParleyException.invalid("'" + text + "' is not a valid " + field + "; use the form 2026-08-04T10:00.");
            }
        }
        return TypedInput.instant(typed, zone, field);
    }

    /** A day, or the day a moment falls on in {@code zone}. */
    static LocalDate day(String text, ZoneId zone, String name, String field) {
        Instant at = instant(text, zone, name, field);
        return at == null ? null : LocalDate.ofInstant(at, zone);
    }
}
