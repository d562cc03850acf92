package org.parley.member.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ObserverRepository {

    /** An active or cancelled sign-up with the member's name. */
    record Row(long id, long sessionId, long rosterId, String name, String email, Instant signedUpAt, Instant cancelledAt) {
    }

    private final JdbcClient jdbc;

    ObserverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active sign-ups in the order they came: the first ones take the seats. */
    List<Row> active(long sessionId) {
        return jdbc.sql("""
                select o.id, o.session_id, o.roster_id, r.name, r.email, o.signed_up_at, o.cancelled_at
                from member_observer o join member_roster r on r.id = o.roster_id
                where o.session_id = :session and o.cancelled_at is null
                order by o.signed_up_at, o.id
                """)
                .param("session", sessionId).query((rs, n) -> row(rs)).list();
    }

    Optional<Row> find(long sessionId, long rosterId) {
        return jdbc.sql("""
                select o.id, o.session_id, o.roster_id, r.name, r.email, o.signed_up_at, o.cancelled_at
                from member_observer o join member_roster r on r.id = o.roster_id
                where o.session_id = :session and o.roster_id = :roster
                """)
                .param("session", sessionId).param("roster", rosterId).query((rs, n) -> row(rs)).optional();
    }

    void insert(long sessionId, long negotiationId, long rosterId, Instant now) {
        jdbc.sql("""
                insert into member_observer (session_id, negotiation_id, roster_id, signed_up_at)
                values (:session, :negotiation, :roster, :now)
                """)
                .param("session", sessionId).param("negotiation", negotiationId).param("roster", rosterId)
                .param("now", RosterRepository.utc(now)).update();
    }

    void reactivate(long id, Instant now) {
        jdbc.sql("update member_observer set signed_up_at = :now, cancelled_at = null where id = :id")
                .param("now", RosterRepository.utc(now)).param("id", id).update();
    }

    void cancel(long id, Instant now) {
        jdbc.sql("update member_observer set cancelled_at = :now where id = :id")
                .param("now", RosterRepository.utc(now)).param("id", id).update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime cancelled = rs.getObject("cancelled_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("roster_id"), rs.getString("name"),
                rs.getString("email"), rs.getObject("signed_up_at", OffsetDateTime.class).toInstant(),
                cancelled == null ? null : cancelled.toInstant());
    }
}
