package org.parley.platform.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.parley.platform.Times;
import org.springframework.stereotype.Component;

/**
 * {@link Times} for templates, as {@code ${@timeZones.at(...)}}, {@code ${@timeZones.day(...)}} and the zone select's
 * choices: pages format dates and times only through it, never with their own patterns.
 */
@Component("timeZones")
class TimeZoneNames {

    public List<Times.Choice> choices() {
        return Times.choices();
    }

    /** Whether the list offers this id; a stored zone outside it (e.g. "UTC") is offered on its own, not lost. */
    public boolean offers(String id) {
        return Times.choices().stream().anyMatch(choice -> choice.id().equals(id));
    }

    /** The label of a zone id, or the id itself if it is not one Java knows. */
    public String label(String id) {
        try {
            return id + " (" + Times.zoneName(ZoneId.of(id)) + ")";
        } catch (java.time.DateTimeException e) {
            return id;
        }
    }

    public String name(ZoneId zone) {
        return Times.zoneName(zone);
    }

    public String at(ZonedDateTime moment) {
        return Times.at(moment);
    }

    public String at(Instant instant, ZoneId zone) {
        return Times.at(instant, zone);
    }

    public String day(java.time.temporal.TemporalAccessor date) {
        return Times.day(date);
    }

    public String dayAndTime(java.time.temporal.TemporalAccessor moment) {
        return Times.dayAndTime(moment);
    }

    public String time(java.time.temporal.TemporalAccessor moment) {
        return Times.time(moment);
    }
}
