package org.parley.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the team types to schedule (or record) a session; status defaults to planned. */
public record NewSession(LocalDate date, LocalDate endDate, LocalTime plannedStart, LocalTime plannedEnd,
                         String location, String virtualLink, SessionStatus status, Integer observerCount,
                         List<Attendee> attendees) {
}
