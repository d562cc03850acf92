package org.parley.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The one way pages and e-mails write a moment and a time zone: "Thu 19 March 2026, 18:00 Pacific
 * Time", in the negotiation's (or the event's) zone. Members never read a raw zone id such as
 * "Etc/UTC"; a form offers zones from a list, never as free text.
 */
public final class Times {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter GENERIC_NAME = DateTimeFormatter.ofPattern("vvvv", Locale.ENGLISH);
    private static final List<String> NOT_PLACES = List.of("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/");
    private static final List<Choice> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && NOT_PLACES.stream().noneMatch(id::startsWith))
            .sorted()
            .map(id -> new Choice(id, id.replace('_', ' ') + " (" + zoneName(ZoneId.of(id)) + ")"))
            .toList();

    /** A zone to pick in a form: its id is what the form sends, its label what people read. */
    public record Choice(String id, String label) {
    }

    private Times() {
    }

    /** "Thu 19 March 2026, 18:00 Pacific Time". */
    public static String at(ZonedDateTime moment) {
        return DAY_TIME.format(moment) + " " + zoneName(moment.getZone());
    }

    public static String at(Instant instant, ZoneId zone) {
        return at(instant.atZone(zone));
    }

    /** "Thu 19 March 2026": a day, on every page and in every e-mail. */
    public static String day(java.time.temporal.TemporalAccessor date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "Thu 19 March 2026, 18:00": a wall-clock moment whose zone the page states once (or {@link #at} says). */
    public static String dayAndTime(java.time.temporal.TemporalAccessor moment) {
        return moment == null ? "" : DAY_TIME.format(moment);
    }

    /** "18:00": a time of day, 24-hour as everywhere in Parley. */
    public static String time(java.time.temporal.TemporalAccessor moment) {
        return moment == null ? "" : TIME.format(moment);
    }

    /** "Pacific Time", "Central European Time", "UTC": the name people use, never a raw id. */
    public static String zoneName(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        String name = GENERIC_NAME.format(ZonedDateTime.now(zone));
        return name.contains("/") ? name.substring(name.lastIndexOf('/') + 1).replace('_', ' ') + " time" : name;
    }

    /** Every place's time zone, for a select. */
    public static List<Choice> choices() {
        return CHOICES;
    }
}
