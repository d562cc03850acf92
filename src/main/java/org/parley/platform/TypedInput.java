package org.parley.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Reads what a person typed into a page's form field. Blank means "not given"; anything that
 * cannot be read is refused with a message naming the field and the expected form, so the page
 * can show it beside the unchanged input.
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
}
