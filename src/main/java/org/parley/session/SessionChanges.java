package org.parley.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A partial update of a session: null fields stay as they are. */
public record SessionChanges(LocalDate date, LocalDate endDate, LocalTime plannedStart, LocalTime plannedEnd,
                             String location, String virtualLink, SessionStatus status, Integer observerCount,
                             List<Attendee> attendees, Integer observerSeats) {

    public SessionChanges(LocalDate date, LocalDate endDate, LocalTime plannedStart, LocalTime plannedEnd,
                          String location, String virtualLink, SessionStatus status, Integer observerCount,
                          List<Attendee> attendees) {
        this(date, endDate, plannedStart, plannedEnd, location, virtualLink, status, observerCount, attendees, null);
    }

    public static SessionChanges status(SessionStatus status) {
        return new SessionChanges(null, null, null, null, null, null, status, null, null, null);
    }
}
