package org.parley.communication;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.parley.platform.Audience;

/**
 * A town hall, picket, rally, tabling or wear-red day.
 *
 * @param passcode the virtual meeting's passcode: null unless the viewer may see MEMBERS records
 * @param endsAt   null when only the start is known
 */
public record Event(long id, long negotiationId, EventKind kind, String title, Instant startsAt, Instant endsAt,
                    ZoneId timeZone, String location, String virtualLink, String passcode, String description,
                    Audience audience) {

    public ZonedDateTime start() {
        return startsAt.atZone(timeZone);
    }

    public ZonedDateTime end() {
        return endsAt == null ? null : endsAt.atZone(timeZone);
    }
}
