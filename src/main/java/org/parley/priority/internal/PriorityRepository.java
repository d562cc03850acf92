package org.parley.priority.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.parley.platform.Side;
import org.parley.priority.Priority;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Priorities are always read with their side in the where clause: another side's answers as missing. */
@Repository
class PriorityRepository {

    private final JdbcClient jdbc;

    PriorityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long tableId, long negotiationId, Side side, int rank, String title, String source, Priority.Status status) {
    }

    long insert(long tableId, long negotiationId, Side side, int rank, String title, String source, Instant now) {
        // A random id (OpaqueId): a side's priorities must leave no countable gaps in the ids the other sees.
        return org.parley.platform.OpaqueId.insert(candidate -> {
            jdbc.sql("""
                    insert into priority (id, table_id, negotiation_id, side, rank, title, source, status, created_at)
                    values (:id, :table, :negotiation, :side, :rank, :title, :source, 'OPEN', :now)
                    """)
                    .param("id", candidate).param("table", tableId).param("negotiation", negotiationId).param("side", side.name())
                    .param("rank", rank).param("title", title).param("source", source).param("now", utc(now))
                    .update();
            return candidate;
        });
    }

    int nextRank(long tableId, Side side) {
        return jdbc.sql("select coalesce(max(rank), 0) + 1 from priority where table_id = :table and side = :side")
                .param("table", tableId).param("side", side.name()).query(Integer.class).single();
    }

    private static final String SELECT = "select id, table_id, negotiation_id, side, rank, title, source, status from priority";

    Optional<Row> find(long id, Side side) {
        return jdbc.sql(SELECT + " where id = :id and side = :side").param("id", id).param("side", side.name())
                .query((rs, n) -> row(rs)).optional();
    }

    List<Row> ofTable(long tableId, Side side) {
        return jdbc.sql(SELECT + " where table_id = :table and side = :side order by rank, id").param("table", tableId)
                .param("side", side.name()).query((rs, n) -> row(rs)).list();
    }

    void updateStatus(long id, Priority.Status status) {
        jdbc.sql("update priority set status = :status where id = :id").param("status", status.name()).param("id", id).update();
    }

    void insertAnswer(long priorityId, LocalDate on, String text, String by, Instant now) {
        jdbc.sql("""
                insert into priority_answer (priority_id, answered_on, text, recorded_by, recorded_at)
                values (:priority, :on, :text, :by, :now)
                """).param("priority", priorityId).param("on", on).param("text", text).param("by", by).param("now", utc(now)).update();
    }

    Optional<Priority.Answer> latestAnswer(long priorityId) {
        return jdbc.sql("""
                select answered_on, text, recorded_by from priority_answer where priority_id = :priority
                order by answered_on desc, id desc limit 1
                """).param("priority", priorityId)
                .query((rs, n) -> new Priority.Answer(rs.getObject("answered_on", LocalDate.class), rs.getString("text"),
                        rs.getString("recorded_by"))).optional();
    }

    /** @return false when the link was already there */
    boolean insertLink(long priorityId, Priority.LinkKind kind, long targetId) {
        try {
            jdbc.sql("insert into priority_link (priority_id, kind, target_id) values (:priority, :kind, :target)")
                    .param("priority", priorityId).param("kind", kind.name()).param("target", targetId).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    record LinkRow(Priority.LinkKind kind, long targetId) {
    }

    List<LinkRow> links(long priorityId) {
        return jdbc.sql("select kind, target_id from priority_link where priority_id = :priority order by kind, target_id")
                .param("priority", priorityId)
                .query((rs, n) -> new LinkRow(Priority.LinkKind.valueOf(rs.getString("kind")), rs.getLong("target_id"))).list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("table_id"), rs.getLong("negotiation_id"), Side.valueOf(rs.getString("side")),
                rs.getInt("rank"), rs.getString("title"), rs.getString("source"), Priority.Status.valueOf(rs.getString("status")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
