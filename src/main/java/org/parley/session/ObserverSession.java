package org.parley.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What members may know of a session that offers observer seats: when and where it is, and how
 * many seats there are. Nothing of what happens at the table (ledger, notes, attendees).
 */
public record ObserverSession(long id, long tableId, long negotiationId, LocalDate date, LocalDate endDate,
                              LocalTime plannedStart, LocalTime plannedEnd, String location, String virtualLink,
                              SessionStatus status, int observerSeats, ZoneId timeZone) {

    public LocalDate lastDate() {
        return endDate == null ? date : endDate;
    }
}
