package org.parley.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the team types to schedule (or record) a session; status defaults to planned.
 *
 * @param observerSeats seats offered to members who sign up to observe; null means none
 */
public record NewSession(LocalDate date, LocalDate endDate, LocalTime plannedStart, LocalTime plannedEnd,
                         String location, String virtualLink, SessionStatus status, Integer observerCount,
                         List<Attendee> attendees, Integer observerSeats) {

    public NewSession(LocalDate date, LocalDate endDate, LocalTime plannedStart, LocalTime plannedEnd,
                      String location, String virtualLink, SessionStatus status, Integer observerCount,
                      List<Attendee> attendees) {
        this(date, endDate, plannedStart, plannedEnd, location, virtualLink, status, observerCount, attendees, null);
    }
}
