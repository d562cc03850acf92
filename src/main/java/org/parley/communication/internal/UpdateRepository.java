package org.parley.communication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parley.communication.Feedback;
import org.parley.communication.Update;
import org.parley.communication.UpdateStatus;
import org.parley.platform.OpaqueId;
import org.parley.platform.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UpdateRepository {

    private static final String SELECT = """
            select id, negotiation_id, table_id, title, markdown, audience, status, created_by, created_at,
                   published_by, published_at
            from communication_update
            """;

    private final JdbcClient jdbc;

    UpdateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long negotiationId, Long tableId, String title, String markdown, Audience audience, String by, Instant now) {
        // A random id (OpaqueId): the labor team's drafts and members-only updates leave no countable gaps
        // between the ids of the public updates everyone sees.
        return OpaqueId.insert(id -> {
            jdbc.sql("""
                    insert into communication_update (id, negotiation_id, table_id, title, markdown, audience, status, created_by, created_at)
                    values (:id, :negotiation, :table, :title, :markdown, :audience, 'DRAFT', :by, :now)
                    """)
                    .param("id", id).param("negotiation", negotiationId).param("table", tableId).param("title", title)
                    .param("markdown", markdown).param("audience", audience.name()).param("by", by).param("now", utc(now))
                    .update();
            return id;
        });
    }

    void updateDraft(long id, String title, String markdown, Audience audience) {
        jdbc.sql("update communication_update set title = :title, markdown = :markdown, audience = :audience where id = :id and status = 'DRAFT'")
                .param("title", title).param("markdown", markdown).param("audience", audience.name()).param("id", id).update();
    }

    /** Marks a draft published; false when it already was (a second click, or a race). */
    boolean markPublished(long id, String by, Instant now) {
        return jdbc.sql("""
                update communication_update set status = 'PUBLISHED', published_by = :by, published_at = :now
                where id = :id and status = 'DRAFT'
                """)
                .param("by", by).param("now", utc(now)).param("id", id).update() == 1;
    }

    Optional<Update> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> update(rs)).optional();
    }

    /** Updates of a negotiation: drafts only when {@code withDrafts}, published ones of the given audiences. */
    List<Update> ofNegotiation(long negotiationId, Collection<Audience> audiences, boolean withDrafts) {
        return jdbc.sql(SELECT + """
                 where negotiation_id = :negotiation
                   and ((status = 'PUBLISHED' and audience in (:audiences)) or (:drafts and status = 'DRAFT'))
                 order by coalesce(published_at, created_at) desc, id desc
                """)
                .param("negotiation", negotiationId).param("audiences", names(audiences)).param("drafts", withDrafts)
                .query((rs, n) -> update(rs)).list();
    }

    List<Update> published(Long negotiationId, Collection<Audience> audiences, Collection<Long> negotiations, int limit) {
        String where = negotiationId != null ? " and negotiation_id = :negotiation"
                : negotiations != null ? " and negotiation_id in (:negotiations)" : "";
        var statement = jdbc.sql(SELECT + " where status = 'PUBLISHED' and audience in (:audiences)" + where
                        + " order by published_at desc, id desc limit :limit")
                .param("audiences", names(audiences)).param("limit", limit);
        if (negotiationId != null) {
            statement = statement.param("negotiation", negotiationId);
        } else if (negotiations != null) {
            statement = statement.param("negotiations", negotiations.isEmpty() ? List.of(-1L) : negotiations);
        }
        return statement
                .query((rs, n) -> update(rs)).list();
    }

    void answer(long updateId, String voterKey, String answeredFrom, boolean helpful, Instant now) {
        int changed = jdbc.sql("update communication_feedback set helpful = :helpful, answered_at = :now where update_id = :id and voter_key = :key")
                .param("helpful", helpful).param("now", utc(now)).param("id", updateId).param("key", voterKey).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into communication_feedback (update_id, voter_key, helpful, answered_at, answered_from)
                    values (:id, :key, :helpful, :now, :from)
                    """)
                    .param("helpful", helpful).param("now", utc(now)).param("id", updateId).param("key", voterKey)
                    .param("from", answeredFrom).update();
        }
    }

    boolean answered(long updateId, String voterKey) {
        return jdbc.sql("select count(*) from communication_feedback where update_id = :id and voter_key = :key")
                .param("id", updateId).param("key", voterKey).query(Integer.class).single() > 0;
    }

    int anonymousAnswersFrom(long updateId, String answeredFrom, Instant since) {
        return jdbc.sql("""
                select count(*) from communication_feedback
                where update_id = :id and answered_from = :from and answered_at > :since
                """)
                .param("id", updateId).param("from", answeredFrom).param("since", utc(since)).query(Integer.class).single();
    }

    Feedback feedback(long updateId) {
        return jdbc.sql("""
                select coalesce(sum(case when helpful then 1 else 0 end), 0) as yes,
                       coalesce(sum(case when helpful then 0 else 1 end), 0) as no
                from communication_feedback where update_id = :id
                """)
                .param("id", updateId).query((rs, n) -> new Feedback(rs.getLong("yes"), rs.getLong("no"))).single();
    }

    private static List<String> names(Collection<Audience> audiences) {
        return audiences.isEmpty() ? List.of("-") : audiences.stream().map(Enum::name).toList();
    }

    private static Update update(ResultSet rs) throws SQLException {
        Number table = (Number) rs.getObject("table_id");
        return new Update(rs.getLong("id"), rs.getLong("negotiation_id"), table == null ? null : table.longValue(),
                rs.getString("title"), rs.getString("markdown"), Audience.valueOf(rs.getString("audience")),
                UpdateStatus.valueOf(rs.getString("status")), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getString("published_by"), instant(rs, "published_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
