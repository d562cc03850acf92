package org.parley.session.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.platform.OpaqueId;
import org.parley.platform.Revision;
import org.parley.platform.Revisions;
import org.parley.platform.Audience;
import org.parley.platform.Side;
import org.parley.session.Attendee;
import org.parley.session.BargainingSession;
import org.parley.session.IntervalCorrection;
import org.parley.session.IntervalKind;
import org.parley.session.LedgerInterval;
import org.parley.session.SessionNote;
import org.parley.session.SessionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

// Named for the bargaining session: Spring Session's browser-session store is the bean called "sessionRepository".
@Repository("bargainingSessionRepository")
class SessionRepository {

    private final JdbcClient jdbc;

    /** Raised by every write below that changes a table's sessions or ledgers: {@link #ledgerOfTable} is kept until then. */
    private final Revision ledgers;

    SessionRepository(JdbcClient jdbc, Revisions revisions) {
        this.jdbc = jdbc;
        this.ledgers = revisions.of("session_table_revision", "table_id");
    }

    /** The table's sessions in date order and their ledger intervals by session: the dashboard reads them on every view. */
    TableLedger ledgerOfTable(long tableId) {
        return ledgers.kept(tableId, () -> {
            List<BargainingSession> sessions = ofTable(tableId);
            return new TableLedger(sessions, intervals(sessions.stream().map(BargainingSession::id).toList()).stream()
                    .collect(Collectors.groupingBy(LedgerInterval::sessionId)));
        });
    }

    private long tableOfSession(long sessionId) {
        return jdbc.sql("select table_id from bargaining_session where id = :id").param("id", sessionId).query(Long.class).single();
    }

    private long tableOfInterval(long intervalId) {
        return jdbc.sql("select s.table_id from bargaining_session s join session_interval i on i.session_id = s.id where i.id = :id")
                .param("id", intervalId).query(Long.class).single();
    }

    long insertSession(BargainingSession s, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into bargaining_session (table_id, negotiation_id, session_date, end_date, planned_start, planned_end,
                                                location, virtual_link, status, observer_count, observer_seats, created_at)
                values (:table, :negotiation, :date, :endDate, :start, :end, :location, :link, :status, :observers, :seats, :now)
                """)
                .param("table", s.tableId()).param("negotiation", s.negotiationId())
                .param("date", s.date()).param("endDate", s.endDate())
                .param("start", s.plannedStart()).param("end", s.plannedEnd())
                .param("location", s.location()).param("link", s.virtualLink())
                .param("status", s.status().name()).param("observers", s.observerCount())
                .param("seats", s.observerSeats()).param("now", utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertAttendees(id, s.attendees());
        ledgers.raise(s.tableId());
        return id;
    }

    void updateSession(BargainingSession s) {
        jdbc.sql("""
                update bargaining_session set session_date = :date, end_date = :endDate, planned_start = :start,
                       planned_end = :end, location = :location, virtual_link = :link, status = :status,
                       observer_count = :observers, observer_seats = :seats
                where id = :id
                """)
                .param("date", s.date()).param("endDate", s.endDate())
                .param("start", s.plannedStart()).param("end", s.plannedEnd())
                .param("location", s.location()).param("link", s.virtualLink())
                .param("status", s.status().name()).param("observers", s.observerCount())
                .param("seats", s.observerSeats()).param("id", s.id())
                .update();
        jdbc.sql("delete from session_attendee where session_id = :id").param("id", s.id()).update();
        insertAttendees(s.id(), s.attendees());
        ledgers.raise(tableOfSession(s.id()));
    }

    private void insertAttendees(long sessionId, List<Attendee> attendees) {
        for (Attendee a : attendees) {
            jdbc.sql("insert into session_attendee (session_id, side, name) values (:session, :side, :name)")
                    .param("session", sessionId).param("side", a.side().name()).param("name", a.name())
                    .update();
        }
    }

    /** Locks the session's row until the transaction ends: two consoles cannot interleave ledger changes. */
    Optional<BargainingSession> lock(long id) {
        jdbc.sql("select id from bargaining_session where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    private static final String SELECT_SESSION = """
            select id, table_id, negotiation_id, session_date, end_date, planned_start, planned_end, location,
                   virtual_link, status, observer_count, observer_seats
            from bargaining_session
            """;

    Optional<BargainingSession> find(long id) {
        return withAttendees(jdbc.sql(SELECT_SESSION + " where id = :id").param("id", id)
                .query((rs, n) -> session(rs, List.of())).list()).stream().findFirst();
    }

    List<BargainingSession> ofTable(long tableId) {
        return withAttendees(jdbc.sql(SELECT_SESSION + " where table_id = :table order by session_date, planned_start, id")
                .param("table", tableId).query((rs, n) -> session(rs, List.of())).list());
    }

    List<BargainingSession> ofNegotiation(long negotiationId) {
        return withAttendees(jdbc.sql(SELECT_SESSION + " where negotiation_id = :negotiation order by session_date, planned_start, id")
                .param("negotiation", negotiationId).query((rs, n) -> session(rs, List.of())).list());
    }

    private List<BargainingSession> withAttendees(List<BargainingSession> sessions) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        record Row(long sessionId, Attendee attendee) {
        }
        Map<Long, List<Attendee>> attendees = jdbc.sql("""
                        select session_id, side, name from session_attendee where session_id in (:ids) order by side, id
                        """)
                .param("ids", sessions.stream().map(BargainingSession::id).toList())
                .query((rs, n) -> new Row(rs.getLong("session_id"), new Attendee(Side.valueOf(rs.getString("side")), rs.getString("name"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::sessionId, Collectors.mapping(Row::attendee, Collectors.toList())));
        return sessions.stream().map(s -> new BargainingSession(s.id(), s.tableId(), s.negotiationId(), s.date(), s.endDate(),
                s.plannedStart(), s.plannedEnd(), s.location(), s.virtualLink(), s.status(), s.observerCount(),
                attendees.getOrDefault(s.id(), List.of()), s.observerSeats())).toList();
    }

    long insertInterval(long sessionId, IntervalKind kind, Instant start) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into session_interval (session_id, kind, started_at) values (:session, :kind, :start)")
                .param("session", sessionId).param("kind", kind.name()).param("start", utc(start))
                .update(keys, "id");
        ledgers.raise(tableOfSession(sessionId));
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateInterval(long id, IntervalKind kind, Instant start, Instant end) {
        jdbc.sql("update session_interval set kind = :kind, started_at = :start, ended_at = :end where id = :id")
                .param("kind", kind.name()).param("start", utc(start)).param("end", utc(end)).param("id", id)
                .update();
        ledgers.raise(tableOfInterval(id));
    }

    List<LedgerInterval> intervals(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select i.id, i.session_id, i.kind, i.started_at, i.ended_at,
                       exists (select 1 from session_interval_correction c where c.interval_id = i.id) as corrected
                from session_interval i where i.session_id in (:ids) order by i.started_at, i.id
                """)
                .param("ids", sessionIds)
                .query((rs, n) -> new LedgerInterval(rs.getLong("id"), rs.getLong("session_id"),
                        IntervalKind.valueOf(rs.getString("kind")), instant(rs, "started_at"), instant(rs, "ended_at"),
                        rs.getBoolean("corrected")))
                .list();
    }

    void insertCorrection(LedgerInterval before, IntervalKind kind, Instant start, Instant end, String reason,
            String correctedBy, Instant now) {
        jdbc.sql("""
                insert into session_interval_correction (interval_id, previous_kind, previous_started_at, previous_ended_at,
                                                         kind, started_at, ended_at, reason, corrected_by, corrected_at)
                values (:interval, :previousKind, :previousStart, :previousEnd, :kind, :start, :end, :reason, :by, :now)
                """)
                .param("interval", before.id()).param("previousKind", before.kind().name())
                .param("previousStart", utc(before.start())).param("previousEnd", utc(before.end()))
                .param("kind", kind.name()).param("start", utc(start)).param("end", utc(end))
                .param("reason", reason).param("by", correctedBy).param("now", utc(now))
                .update();
        ledgers.raise(tableOfInterval(before.id()));
    }

    List<IntervalCorrection> corrections(long sessionId) {
        return jdbc.sql("""
                select c.id, c.interval_id, c.previous_kind, c.previous_started_at, c.previous_ended_at, c.kind,
                       c.started_at, c.ended_at, c.reason, c.corrected_by, c.corrected_at
                from session_interval_correction c join session_interval i on i.id = c.interval_id
                where i.session_id = :session order by c.id
                """)
                .param("session", sessionId)
                .query((rs, n) -> new IntervalCorrection(rs.getLong("id"), rs.getLong("interval_id"),
                        IntervalKind.valueOf(rs.getString("previous_kind")), instant(rs, "previous_started_at"),
                        instant(rs, "previous_ended_at"), IntervalKind.valueOf(rs.getString("kind")),
                        instant(rs, "started_at"), instant(rs, "ended_at"), rs.getString("reason"),
                        rs.getString("corrected_by"), instant(rs, "corrected_at")))
                .list();
    }

    long insertNote(long sessionId, Audience audience, String text, long authorId, String authorName, Instant now) {
        // A random id (OpaqueId): one side's notes must leave no countable gaps in the ids the other sees.
        return OpaqueId.insert(id -> {
            jdbc.sql("""
                    insert into session_note (id, session_id, audience, body, author_account_id, author_name, created_at)
                    values (:id, :session, :audience, :body, :author, :name, :now)
                    """)
                    .param("id", id).param("session", sessionId).param("audience", audience.name()).param("body", text)
                    .param("author", authorId).param("name", authorName).param("now", utc(now))
                    .update();
            return id;
        });
    }

    /** Notes of a session in the given audiences only: the audience filter is part of the query. */
    List<SessionNote> notes(long sessionId, Collection<Audience> audiences) {
        return jdbc.sql(SELECT_NOTE + " where session_id = :session and audience in (:audiences) order by created_at, id")
                .param("session", sessionId).param("audiences", names(audiences))
                .query((rs, n) -> note(rs)).list();
    }

    List<SessionNote> searchNotes(String pattern, Collection<Audience> audiences, int limit) {
        return jdbc.sql(SELECT_NOTE + """
                 where audience in (:audiences) and lower(body) like :pattern escape '\\'
                 order by created_at desc, id desc limit :limit
                """)
                .param("audiences", names(audiences)).param("pattern", pattern).param("limit", limit)
                .query((rs, n) -> note(rs)).list();
    }

    List<BargainingSession> searchSessions(String pattern, int limit) {
        return withAttendees(jdbc.sql(SELECT_SESSION + """
                 where lower(coalesce(location, '')) like :pattern escape '\\'
                    or lower(coalesce(virtual_link, '')) like :pattern escape '\\'
                 order by session_date desc limit :limit
                """)
                .param("pattern", pattern).param("limit", limit)
                .query((rs, n) -> session(rs, List.of())).list());
    }

    private static final String SELECT_NOTE = "select id, session_id, audience, body, author_name, created_at from session_note";

    private static List<String> names(Collection<Audience> audiences) {
        return audiences.isEmpty() ? List.of("-") : audiences.stream().map(Enum::name).toList();
    }

    private static SessionNote note(ResultSet rs) throws SQLException {
        return new SessionNote(rs.getLong("id"), rs.getLong("session_id"), Audience.valueOf(rs.getString("audience")),
                rs.getString("body"), rs.getString("author_name"), instant(rs, "created_at"));
    }

    private static BargainingSession session(ResultSet rs, List<Attendee> attendees) throws SQLException {
        return new BargainingSession(rs.getLong("id"), rs.getLong("table_id"), rs.getLong("negotiation_id"),
                rs.getObject("session_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getObject("planned_start", LocalTime.class), rs.getObject("planned_end", LocalTime.class),
                rs.getString("location"), rs.getString("virtual_link"), SessionStatus.valueOf(rs.getString("status")),
                rs.getInt("observer_count"), attendees, rs.getInt("observer_seats"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
