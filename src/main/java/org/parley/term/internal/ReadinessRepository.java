package org.parley.term.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Picket shifts and their sign-ups (roster entries, by id: no foreign key into the member module). */
@Repository
class ReadinessRepository {

    private final JdbcClient jdbc;

    ReadinessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ShiftRow(long id, long negotiationId, String location, Instant startsAt, Instant endsAt, String captain, int slots, String note) {
    }

    long insertShift(long negotiationId, String location, Instant startsAt, Instant endsAt, String captain, int slots, String note) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into term_picket_shift (negotiation_id, location, starts_at, ends_at, captain, slots, note)
                values (:negotiation, :location, :starts, :ends, :captain, :slots, :note)
                """)
                .param("negotiation", negotiationId).param("location", location).param("starts", TermRepository.utc(startsAt))
                .param("ends", TermRepository.utc(endsAt)).param("captain", captain).param("slots", slots).param("note", note)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static final String SELECT_SHIFT = "select id, negotiation_id, location, starts_at, ends_at, captain, slots, note from term_picket_shift";

    List<ShiftRow> shifts(long negotiationId) {
        return jdbc.sql(SELECT_SHIFT + " where negotiation_id = :id order by starts_at, id").param("id", negotiationId)
                .query((rs, n) -> shift(rs)).list();
    }

    Optional<ShiftRow> shift(long id) {
        return jdbc.sql(SELECT_SHIFT + " where id = :id").param("id", id).query((rs, n) -> shift(rs)).optional();
    }

    /** Locks the shift's row, so that two members taking the last place cannot both get it. */
    Optional<ShiftRow> lockShift(long id) {
        return jdbc.sql(SELECT_SHIFT + " where id = :id for update").param("id", id).query((rs, n) -> shift(rs)).optional();
    }

    private static ShiftRow shift(ResultSet rs) throws SQLException {
        return new ShiftRow(rs.getLong("id"), rs.getLong("negotiation_id"), rs.getString("location"), TermRepository.instant(rs, "starts_at"),
                TermRepository.instant(rs, "ends_at"), rs.getString("captain"), rs.getInt("slots"), rs.getString("note"));
    }

    /** Roster ids signed up, per shift of a negotiation. */
    Map<Long, List<Long>> signUps(long negotiationId) {
        record Row(long shift, long roster) {
        }
        return jdbc.sql("""
                select s.shift_id, s.roster_id from term_picket_signup s join term_picket_shift p on p.id = s.shift_id
                where p.negotiation_id = :id order by s.signed_at
                """).param("id", negotiationId).query((rs, n) -> new Row(rs.getLong("shift_id"), rs.getLong("roster_id"))).list()
                .stream().collect(Collectors.groupingBy(Row::shift, Collectors.mapping(Row::roster, Collectors.toList())));
    }

    int countSignUps(long shiftId) {
        return jdbc.sql("select count(*) from term_picket_signup where shift_id = :id").param("id", shiftId).query(Integer.class).single();
    }

    boolean signUp(long shiftId, long rosterId, Instant at) {
        return jdbc.sql("""
                insert into term_picket_signup (shift_id, roster_id, signed_at)
                select :shift, :roster, :at where not exists (select 1 from term_picket_signup where shift_id = :shift and roster_id = :roster)
                """).param("shift", shiftId).param("roster", rosterId).param("at", TermRepository.utc(at)).update() == 1;
    }

    boolean cancel(long shiftId, long rosterId) {
        return jdbc.sql("delete from term_picket_signup where shift_id = :shift and roster_id = :roster")
                .param("shift", shiftId).param("roster", rosterId).update() == 1;
    }
}
