package org.parley.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A bargaining day, or a session over several days, of one table.
 *
 * @param endDate       the last day of a multi-day session; null for a one-day session
 * @param observerCount observers present, as the team counted them
 * @param observerSeats seats the team offers members who sign up to observe; 0 means none
 */
public record BargainingSession(long id, long tableId, long negotiationId, LocalDate date, LocalDate endDate,
                                LocalTime plannedStart, LocalTime plannedEnd, String location, String virtualLink,
                                SessionStatus status, int observerCount, List<Attendee> attendees, int observerSeats) {

    /** A session that offers no observer seats. */
    public BargainingSession(long id, long tableId, long negotiationId, LocalDate date, LocalDate endDate,
                             LocalTime plannedStart, LocalTime plannedEnd, String location, String virtualLink,
                             SessionStatus status, int observerCount, List<Attendee> attendees) {
        this(id, tableId, negotiationId, date, endDate, plannedStart, plannedEnd, location, virtualLink, status,
                observerCount, attendees, 0);
    }

    public LocalDate lastDate() {
        return endDate == null ? date : endDate;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(date) && !day.isAfter(lastDate());
    }

    /** Planned minutes over all days of the session, or null when the planned times are not known. */
    public Integer scheduledMinutes() {
        if (plannedStart == null || plannedEnd == null) {
            return null;
        }
        int perDay = (int) java.time.Duration.between(plannedStart, plannedEnd).toMinutes();
        if (perDay <= 0) {
            perDay += 24 * 60; // a night session ends after midnight
        }
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(date, lastDate()) + 1;
        return perDay * days;
    }
}
