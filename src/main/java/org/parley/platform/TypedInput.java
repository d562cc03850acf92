package org.parley.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads what a person typed into a page's form field. Blank means "not given"; anything that
 * cannot be read is refused with a message naming the field and the expected form, so the page
 * can show it beside the unchanged input. The overloads taking a {@code name} say which form field
 * (and JSON member) it was, so the refusal is shown beside that field ({@link ParleyException#about}).
 */
public final class TypedInput {

    private TypedInput() {
    }

    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw ParleyException.invalid("'" + text + "' is not a valid " + field + "; use the form 2026-03-17.");
        }
    }

    public static LocalTime time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            throw ParleyException.invalid("'" + text + "' is not a valid " + field + "; use the form 09:30.");
        }
    }

    /** A whole number; thousands separators ("1,112") are accepted. */
    public static Integer wholeNumber(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw ParleyException.invalid("'" + text + "' is not a valid " + field + "; use a whole number.");
        }
    }

    /** A date-time with an offset ("2026-03-19T18:00-07:00"), or a wall-clock time ("2026-03-19T18:00") read in {@code zone}. */
    public static Instant instant(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw ParleyException.invalid("'" + text + "' is not a valid " + field + "; use the form 2026-03-19T18:00.");
            }
        }
    }

    /** A time zone by name ("America/Chicago"); blank means {@code fallback}. */
    public static ZoneId zone(String text, ZoneId fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw ParleyException.invalid("'" + text + "' is not a time zone; use a name such as America/Chicago.");
        }
    }

    public static LocalDate date(String text, String name, String field) {
        try {
            return date(text, field);
        } catch (ParleyException e) {
            throw e.about(name);
        }
    }

    public static LocalTime time(String text, String name, String field) {
        try {
            return time(text, field);
        } catch (ParleyException e) {
            throw e.about(name);
        }
    }

    public static Integer wholeNumber(String text, String name, String field) {
        try {
            return wholeNumber(text, field);
        } catch (ParleyException e) {
            throw e.about(name);
        }
    }

    public static Instant instant(String text, ZoneId zone, String name, String field) {
        try {
            return instant(text, zone, field);
        } catch (ParleyException e) {
            throw e.about(name);
        }
    }

    public static ZoneId zone(String text, ZoneId fallback, String name) {
        try {
            return zone(text, fallback);
        } catch (ParleyException e) {
            throw e.about(name);
        }
    }
}
