package org.parley.session.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.SearchPattern;
import org.parley.session.Attendee;
import org.parley.session.BargainingSession;
import org.parley.session.IntervalKind;
import org.parley.session.Ledger;
import org.parley.session.LedgerInterval;
import org.parley.session.LedgerTotals;
import org.parley.session.NewSession;
import org.parley.session.ObserverSession;
import org.parley.session.SessionChanges;
import org.parley.session.SessionNote;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;
import org.parley.session.Sessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SessionService implements Sessions {

    private final SessionRepository repository;
    private final Negotiations negotiations;
    private final AuditTrail audit;
    private final Clock clock;

    SessionService(SessionRepository repository, Negotiations negotiations, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.negotiations = negotiations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public BargainingSession schedule(Viewer by, long tableId, NewSession request) {
        by.requireOrganizer();
        BargainingTable table = negotiations.table(by, tableId);
        BargainingSession session = checked(new BargainingSession(0, tableId, table.negotiationId(),
                ParleyException.require(request.date(), "date", "The date"), request.endDate(), request.plannedStart(),
                request.plannedEnd(), blankToNull(request.location()), blankToNull(request.virtualLink()),
                request.status() == null ? SessionStatus.PLANNED : request.status(),
                request.observerCount() == null ? 0 : request.observerCount(),
                request.attendees() == null ? List.of() : request.attendees(),
                request.observerSeats() == null ? 0 : request.observerSeats()));
        long id = repository.insertSession(session, clock.instant());
        audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.TABLE, "session", id,
                "scheduled a session", describe(session)));
        return repository.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public BargainingSession update(Viewer by, long sessionId, SessionChanges changes) {
        by.requireOrganizer();
        BargainingSession before = lockVisible(by, sessionId);
        BargainingSession after = checked(new BargainingSession(before.id(), before.tableId(), before.negotiationId(),
                changes.date() != null ? changes.date() : before.date(),
                changes.endDate() != null ? changes.endDate() : before.endDate(),
                changes.plannedStart() != null ? changes.plannedStart() : before.plannedStart(),
                changes.plannedEnd() != null ? changes.plannedEnd() : before.plannedEnd(),
                changes.location() != null ? blankToNull(changes.location()) : before.location(),
                changes.virtualLink() != null ? blankToNull(changes.virtualLink()) : before.virtualLink(),
                changes.status() != null ? changes.status() : before.status(),
                changes.observerCount() != null ? changes.observerCount() : before.observerCount(),
                changes.attendees() != null ? changes.attendees() : before.attendees(),
                changes.observerSeats() != null ? changes.observerSeats() : before.observerSeats()));
        if (after.status() == SessionStatus.CANCELLED && before.status() != SessionStatus.CANCELLED
                && !repository.intervals(List.of(sessionId)).isEmpty()) {
            throw ParleyException.conflict("This session has time recorded in its ledger, so it was held; it cannot be cancelled.");
        }
        repository.updateSession(after);
        String action = before.status() != after.status()
                ? "marked the session " + after.status().label().toLowerCase() : "changed the session";
        audit.record(new AuditRecord(by, before.negotiationId(), before.tableId(), Audience.TABLE, "session", sessionId,
                action, describeChanges(before, after)));
        return repository.find(sessionId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public BargainingSession get(Viewer viewer, long sessionId) {
        viewer.requireSee(Audience.TABLE);
        return repository.find(sessionId).orElseThrow(() -> ParleyException.notFound("There is no session " + sessionId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionSummary> ofTable(Viewer viewer, long tableId) {
        negotiations.table(viewer, tableId);
        return repository.ledgerOfTable(tableId).summaries(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public SessionSummary summary(Viewer viewer, long sessionId) {
        BargainingSession session = get(viewer, sessionId);
        return repository.ledgerOfTable(session.tableId()).summaries(clock.instant()).stream()
                .filter(s -> s.session().id() == sessionId).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BargainingSession> ofNegotiation(Viewer viewer, long negotiationId) {
        viewer.requireSee(Audience.TABLE);
        return repository.ofNegotiation(negotiationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ObserverSession> openToObservers(Viewer viewer, long negotiationId, LocalDate from) {
        if (!viewer.canSee(Audience.MEMBERS) && !viewer.canSee(Audience.TABLE)) {
            viewer.requireSee(Audience.MEMBERS);
        }
        ZoneId zone = negotiations.get(viewer, negotiationId).timeZone();
        return repository.ofNegotiation(negotiationId).stream()
                .filter(s -> s.observerSeats() > 0 && s.status() != SessionStatus.CANCELLED && !s.lastDate().isBefore(from))
                .map(s -> observerView(s, zone)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ObserverSession forObservers(Viewer viewer, long sessionId) {
        var session = repository.find(sessionId)
                .filter(s -> viewer.canSee(Audience.TABLE) || viewer.canSee(Audience.MEMBERS) && s.observerSeats() > 0)
                .orElseThrow(() -> ParleyException.notFound("There is no session " + sessionId + " open to observers."));
        return observerView(session, negotiations.get(viewer, session.negotiationId()).timeZone());
    }

    private static ObserverSession observerView(BargainingSession s, ZoneId zone) {
        return new ObserverSession(s.id(), s.tableId(), s.negotiationId(), s.date(), s.endDate(), s.plannedStart(),
                s.plannedEnd(), s.location(), s.virtualLink(), s.status(), s.observerSeats(), zone);
    }

    @Override
    @Transactional(readOnly = true)
    public Ledger ledger(Viewer viewer, long sessionId) {
        BargainingSession session = get(viewer, sessionId);
        List<LedgerInterval> intervals = repository.intervals(List.of(sessionId));
        Instant now = clock.instant();
        return new Ledger(sessionId, intervals, repository.corrections(sessionId),
                LedgerTotals.of(intervals, now, session.scheduledMinutes()), now);
    }

    @Override
    @Transactional
    public LedgerInterval startInterval(Viewer by, long sessionId, IntervalKind kind, Instant at) {
        by.requireTeam();
        ParleyException.require(kind, "The kind of interval");
        BargainingSession session = lockVisible(by, sessionId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw ParleyException.conflict("This session was cancelled; its ledger cannot be kept.");
        }
        Instant when = at != null ? at : clock.instant();
        ZoneId zone = zoneOf(by, session);
        checkWithinSession(session, when, zone);
        List<LedgerInterval> intervals = repository.intervals(List.of(sessionId));
        LedgerRules rules = new LedgerRules(intervals);
        var running = rules.running();
        if (running.isPresent() && running.get().kind() == kind) {
            return running.get();
        }
        rules.checkStart(kind, when);
        running.ifPresent(r -> repository.updateInterval(r.id(), r.kind(), r.start(), when));
        if (session.status() == SessionStatus.PLANNED) {
            repository.updateSession(withStatus(session, SessionStatus.HELD));
            audit.record(new AuditRecord(by, session.negotiationId(), session.tableId(), Audience.TABLE, "session", sessionId,
                    "marked the session held", "the ledger was started"));
        }
        if (kind == IntervalKind.END) {
            audit.record(new AuditRecord(by, session.negotiationId(), session.tableId(), Audience.TABLE, "session", sessionId,
                    "ended the day", "at " + local(when, zone)));
            return new LedgerInterval(running.get().id(), sessionId, running.get().kind(), running.get().start(), when,
                    running.get().corrected());
        }
        long id = repository.insertInterval(sessionId, kind, when);
        audit.record(new AuditRecord(by, session.negotiationId(), session.tableId(), Audience.TABLE, "session", sessionId,
                "started " + kind.label().toLowerCase(), "at " + local(when, zone)));
        return new LedgerInterval(id, sessionId, kind, when, null, false);
    }

    @Override
    @Transactional
    public LedgerInterval correctInterval(Viewer by, long sessionId, long intervalId, IntervalKind kind, Instant start,
            Instant end, String reason) {
        by.requireTeam();
        BargainingSession session = lockVisible(by, sessionId);
        List<LedgerInterval> intervals = repository.intervals(List.of(sessionId));
        LedgerInterval before = intervals.stream().filter(i -> i.id() == intervalId).findFirst()
                .orElseThrow(() -> ParleyException.notFound("This session's ledger has no interval " + intervalId + "."));
        IntervalKind newKind = kind != null ? kind : before.kind();
        Instant newStart = start != null ? start : before.start();
        ZoneId zone = zoneOf(by, session);
        checkWithinSession(session, newStart, zone);
        if (end != null) {
            checkWithinSession(session, end, zone);
        }
        new LedgerRules(intervals).checkCorrection(intervalId, newKind, newStart, end);
        repository.insertCorrection(before, newKind, newStart, end, blankToNull(reason), by.displayName(), clock.instant());
        repository.updateInterval(intervalId, newKind, newStart, end);
        audit.record(new AuditRecord(by, session.negotiationId(), session.tableId(), Audience.TABLE, "session", sessionId,
                "corrected the ledger",
                before.kind().label() + " " + local(before.start(), zone) + "–" + local(before.end(), zone) + " → "
                        + newKind.label() + " " + local(newStart, zone) + "–" + local(end, zone)
                        + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")")));
        return new LedgerInterval(intervalId, sessionId, newKind, newStart, end, true);
    }

    @Override
    @Transactional
    public SessionNote addNote(Viewer by, long sessionId, Audience audience, String text) {
        by.requireTeam();
        ParleyException.require(audience, "A note's audience (LABOR, MANAGEMENT or TABLE)");
        if (audience != Audience.LABOR && audience != Audience.MANAGEMENT && audience != Audience.TABLE) {
            throw ParleyException.invalid("A session note is for LABOR, MANAGEMENT or TABLE, not " + audience + ".");
        }
        if (!by.canSee(audience)) {
            throw ParleyException.forbidden("You cannot write a note for the other side's team.");
        }
        String body = ParleyException.requireText(text, "The note's text");
        if (body.length() > 20000) {
            throw ParleyException.invalid("A note has at most 20,000 characters; this one has " + body.length() + ".");
        }
        BargainingSession session = get(by, sessionId);
        Instant now = clock.instant();
        long id = repository.insertNote(sessionId, audience, body, by.accountId(), by.displayName(), now);
        audit.record(new AuditRecord(by, session.negotiationId(), session.tableId(), audience, "session", sessionId,
                "added a " + audience.name().toLowerCase() + " note", abbreviate(body)));
        return new SessionNote(id, sessionId, audience, body, by.displayName(), now);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionNote> notes(Viewer viewer, long sessionId) {
        get(viewer, sessionId);
        return repository.notes(sessionId, viewer.visibleAudiences());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionNote> searchNotes(Viewer viewer, String query, int limit) {
        if (!viewer.canSee(Audience.TABLE)) {
            return List.of();
        }
        return repository.searchNotes(SearchPattern.contains(query).like(), viewer.visibleAudiences(), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<BargainingSession> searchSessions(Viewer viewer, String query, int limit) {
        if (!viewer.canSee(Audience.TABLE)) {
            return List.of();
        }
        return repository.searchSessions(SearchPattern.contains(query).like(), limit);
    }

    private BargainingSession lockVisible(Viewer viewer, long sessionId) {
        viewer.requireSee(Audience.TABLE);
        return repository.lock(sessionId).orElseThrow(() -> ParleyException.notFound("There is no session " + sessionId + "."));
    }

    private ZoneId zoneOf(Viewer viewer, BargainingSession session) {
        return negotiations.table(viewer, session.tableId()).timeZone();
    }

    /** A ledger time must fall on a day of the session, or the night after its last day. */
    private static void checkWithinSession(BargainingSession session, Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        if (day.isBefore(session.date()) || day.isAfter(session.lastDate().plusDays(1))) {
            throw ParleyException.invalid("The time " + at.atZone(zone).toLocalDateTime() + " is not on a day of this session ("
                    + session.date() + (session.endDate() == null ? "" : " to " + session.endDate()) + ").");
        }
    }

    private static BargainingSession checked(BargainingSession s) {
        if (s.endDate() != null && s.endDate().isBefore(s.date())) {
            throw ParleyException.invalidField("endDate", "The last day (" + s.endDate() + ") cannot come before the date (" + s.date() + ").");
        }
        if (s.endDate() == null && s.plannedStart() != null && s.plannedEnd() != null && s.plannedEnd().equals(s.plannedStart())) {
            throw ParleyException.invalidField("plannedEnd", "Ends must differ from Starts.");
        }
        if (s.observerCount() < 0) {
            throw ParleyException.invalidField("observerCount", "Observers present cannot be negative.");
        }
        if (s.observerSeats() < 0 || s.observerSeats() > 500) {
            throw ParleyException.invalidField("observerSeats", "Seats for member observers are a number from 0 to 500.");
        }
        if (s.virtualLink() != null) {
            try {
                URI link = URI.create(s.virtualLink());
                if (!"https".equalsIgnoreCase(link.getScheme()) && !"http".equalsIgnoreCase(link.getScheme())) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw ParleyException.invalid("The virtual link must be a web address starting with https://.");
            }
        }
        List<Attendee> attendees = new ArrayList<>();
        for (Attendee a : s.attendees()) {
            ParleyException.require(a.side(), "Each attendee's side (LABOR or MANAGEMENT)");
            attendees.add(new Attendee(a.side(), ParleyException.requireText(a.name(), "Each attendee's name")));
        }
        return new BargainingSession(s.id(), s.tableId(), s.negotiationId(), s.date(), s.endDate(), s.plannedStart(),
                s.plannedEnd(), s.location(), s.virtualLink(), s.status(), s.observerCount(), List.copyOf(attendees),
                s.observerSeats());
    }

    private static BargainingSession withStatus(BargainingSession s, SessionStatus status) {
        return new BargainingSession(s.id(), s.tableId(), s.negotiationId(), s.date(), s.endDate(), s.plannedStart(),
                s.plannedEnd(), s.location(), s.virtualLink(), status, s.observerCount(), s.attendees(), s.observerSeats());
    }

    private static String describe(BargainingSession s) {
        return s.date() + (s.endDate() == null ? "" : " to " + s.endDate())
                + (s.plannedStart() == null ? "" : ", " + s.plannedStart() + (s.plannedEnd() == null ? "" : "–" + s.plannedEnd()))
                + (s.location() == null ? "" : ", " + s.location())
                + (s.virtualLink() == null ? "" : ", online")
                + ", " + s.status().label().toLowerCase();
    }

    private static String describeChanges(BargainingSession before, BargainingSession after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.date(), after.date()) || !Objects.equals(before.endDate(), after.endDate())) {
            changed.add("dates " + before.date() + " → " + after.date() + (after.endDate() == null ? "" : " to " + after.endDate()));
        }
        if (!Objects.equals(before.plannedStart(), after.plannedStart()) || !Objects.equals(before.plannedEnd(), after.plannedEnd())) {
            changed.add("planned times → " + after.plannedStart() + "–" + after.plannedEnd());
        }
        if (!Objects.equals(before.location(), after.location())) {
            changed.add("location → " + (after.location() == null ? "—" : after.location()));
        }
        if (before.observerSeats() != after.observerSeats()) {
            changed.add("observer seats " + before.observerSeats() + " → " + after.observerSeats());
        }
        if (!Objects.equals(before.virtualLink(), after.virtualLink())) {
            changed.add("virtual link changed");
        }
        if (before.status() != after.status()) {
            changed.add("status " + before.status().label() + " → " + after.status().label());
        }
        if (before.observerCount() != after.observerCount()) {
            changed.add("observers " + before.observerCount() + " → " + after.observerCount());
        }
        if (!before.attendees().equals(after.attendees())) {
            changed.add("attendees: " + after.attendees().stream().map(a -> a.name() + " (" + a.side().label() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return changed.isEmpty() ? "no change" : String.join("; ", changed);
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "running" : instant.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 119) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
