package org.parley.session.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.session.Attendee;
import org.parley.session.IntervalCorrection;
import org.parley.session.IntervalKind;
import org.parley.session.LedgerInterval;
import org.parley.session.LedgerTotals;
import org.parley.session.NewSession;
import org.parley.session.SessionChanges;
import org.parley.session.SessionNote;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;
import org.parley.session.Sessions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Sessions, time ledger and notes")
class SessionApi {

    record Totals(long tableMinutes, long laborCaucusMinutes, long managementCaucusMinutes, long waitingMinutes,
                  long waitingForLaborMinutes, long waitingForManagementMinutes, long breakMinutes, long recordedMinutes,
                  Integer scheduledMinutes, Shares shares) {

        static Totals of(LedgerTotals t) {
            return new Totals(t.tableMinutes(), t.laborCaucusMinutes(), t.managementCaucusMinutes(), t.waitingMinutes(),
                    t.waitingForLaborMinutes(), t.waitingForManagementMinutes(), t.breakMinutes(), t.recordedMinutes(),
                    t.scheduledMinutes(), new Shares(t.share(t.tableMinutes()), t.share(t.laborCaucusMinutes()),
                    t.share(t.managementCaucusMinutes()), t.share(t.waitingMinutes()), t.share(t.breakMinutes())));
        }
    }

    /** Shares (0..1) of the scheduled day, or of the recorded time when no schedule is known. */
    record Shares(double table, double laborCaucus, double managementCaucus, double waiting,
                  @com.fasterxml.jackson.annotation.JsonProperty("break") double breaks) {
    }

    record SessionResponse(long id, long tableId, long negotiationId, LocalDate date, LocalDate endDate,
                           LocalTime plannedStart, LocalTime plannedEnd, String location, String virtualLink,
                           SessionStatus status, int observerCount, int observerSeats, List<Attendee> attendees,
                           Integer dayNumber, Integer lastDayNumber, Totals totals) {

        static SessionResponse of(SessionSummary summary) {
            var s = summary.session();
            return new SessionResponse(s.id(), s.tableId(), s.negotiationId(), s.date(), s.endDate(), s.plannedStart(),
                    s.plannedEnd(), s.location(), s.virtualLink(), s.status(), s.observerCount(), s.observerSeats(), s.attendees(),
                    summary.dayNumber(), summary.lastDayNumber(), Totals.of(summary.totals()));
        }
    }

    record IntervalRequest(IntervalKind kind, String at) {
    }

    record CorrectionRequest(IntervalKind kind, String start, String end, String reason) {
    }

    record LedgerResponse(List<LedgerInterval> intervals, List<IntervalCorrection> corrections, Totals totals,
                          Instant now) {
    }

    record NoteRequest(Audience audience, String text) {
    }

    private final Sessions sessions;
    private final Negotiations negotiations;

    SessionApi(Sessions sessions, Negotiations negotiations) {
        this.sessions = sessions;
        this.negotiations = negotiations;
    }

    @GetMapping("/tables/{tableId}/sessions")
    @Operation(summary = "Sessions of a table, with day numbers and ledger totals")
    List<SessionResponse> ofTable(Viewer viewer, @PathVariable long tableId) {
        return sessions.ofTable(viewer, tableId).stream().map(SessionResponse::of).toList();
    }

    @PostMapping("/tables/{tableId}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule (or record) a session; date is required")
    SessionResponse schedule(Viewer viewer, @PathVariable long tableId, @RequestBody NewSession request) {
        var session = sessions.schedule(viewer, tableId, request);
        return SessionResponse.of(sessions.summary(viewer, session.id()));
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "A session with its day number and the totals of its time ledger")
    SessionResponse get(Viewer viewer, @PathVariable long id) {
        return SessionResponse.of(sessions.summary(viewer, id));
    }

    @PatchMapping("/sessions/{id}")
    @Operation(summary = "Change a session, e.g. {\"status\": \"HELD\"} or {\"status\": \"CANCELLED\"}")
    SessionResponse update(Viewer viewer, @PathVariable long id, @RequestBody SessionChanges changes) {
        sessions.update(viewer, id, changes);
        return SessionResponse.of(sessions.summary(viewer, id));
    }

    @GetMapping("/sessions/{id}/ledger")
    LedgerResponse ledger(Viewer viewer, @PathVariable long id) {
        var ledger = sessions.ledger(viewer, id);
        return new LedgerResponse(ledger.intervals(), ledger.corrections(), Totals.of(ledger.totals()), ledger.now());
    }

    @PostMapping("/sessions/{id}/ledger")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start the next interval at 'at' (default now); END closes the running one")
    LedgerInterval startInterval(Viewer viewer, @PathVariable long id, @RequestBody IntervalRequest request) {
        return sessions.startInterval(viewer, id, request.kind(), TableClock.parse(request.at(), zone(viewer, id), "at"));
    }

    @PutMapping("/sessions/{id}/ledger/{intervalId}")
    @Operation(summary = "Correct an interval; the previous values are kept")
    LedgerInterval correct(Viewer viewer, @PathVariable long id, @PathVariable long intervalId,
            @RequestBody CorrectionRequest request) {
        ZoneId zone = zone(viewer, id);
        return sessions.correctInterval(viewer, id, intervalId, request.kind(), TableClock.parse(request.start(), zone, "start"),
                TableClock.parse(request.end(), zone, "end"), request.reason());
    }

    @GetMapping("/sessions/{id}/notes")
    @Operation(summary = "Notes of a session that your side may see")
    List<SessionNote> notes(Viewer viewer, @PathVariable long id) {
        return sessions.notes(viewer, id);
    }

    @PostMapping("/sessions/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    SessionNote addNote(Viewer viewer, @PathVariable long id, @RequestBody NoteRequest request) {
        return sessions.addNote(viewer, id, request.audience(), request.text());
    }

    private ZoneId zone(Viewer viewer, long sessionId) {
        return negotiations.table(viewer, sessions.get(viewer, sessionId).tableId()).timeZone();
    }
}
