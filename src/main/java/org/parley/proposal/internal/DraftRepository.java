package org.parley.proposal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.contract.SectionChange;
import org.parley.platform.OpaqueId;
import org.parley.platform.Side;
import org.parley.proposal.Draft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts, always read with the side they belong to in the query. */
@Repository
class DraftRepository {

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long tableId, long negotiationId, Draft draft, Instant now) {
        // A random id (OpaqueId): one side's drafts must leave no countable gaps in the ids the other sees.
        long id = OpaqueId.insert(candidate -> {
            jdbc.sql("""
                insert into proposal_draft (id, table_id, negotiation_id, thread_id, side, title, article, economic, language,
                                            summary, updated_by, updated_at)
                values (:id, :table, :negotiation, :thread, :side, :title, :article, :economic, :language, :summary, :by, :now)
                """)
                .param("id", candidate).param("table", tableId).param("negotiation", negotiationId).param("thread", draft.threadId())
                .param("side", draft.side().name()).param("title", draft.title()).param("article", draft.article())
                .param("economic", draft.economic()).param("language", draft.language()).param("summary", draft.summary())
                .param("by", draft.updatedBy()).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
            return candidate;
        });
        insertChanges(id, draft.changes());
        return id;
    }

    void update(long id, Draft draft, Instant now) {
        jdbc.sql("""
                update proposal_draft set title = :title, article = :article, economic = :economic, language = :language,
                       summary = :summary, updated_by = :by, updated_at = :now
                where id = :id
                """)
                .param("title", draft.title()).param("article", draft.article()).param("economic", draft.economic())
                .param("language", draft.language()).param("summary", draft.summary()).param("by", draft.updatedBy())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("id", id)
                .update();
        jdbc.sql("delete from proposal_draft_change where draft_id = :id").param("id", id).update();
        insertChanges(id, draft.changes());
    }

    void delete(long id) {
        jdbc.sql("delete from proposal_draft_change where draft_id = :id").param("id", id).update();
        jdbc.sql("delete from proposal_draft where id = :id").param("id", id).update();
    }

    private void insertChanges(long draftId, List<SectionChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            SectionChange c = changes.get(i);
            jdbc.sql("""
                    insert into proposal_draft_change (draft_id, position, op, section, new_number, title, text)
                    values (:draft, :position, :op, :section, :newNumber, :title, :text)
                    """)
                    .param("draft", draftId).param("position", i).param("op", c.op().name()).param("section", c.section())
                    .param("newNumber", c.newNumber()).param("title", c.title()).param("text", c.text())
                    .update();
        }
    }

    private static final String SELECT = """
            select id, table_id, thread_id, side, title, article, economic, language, summary, updated_by, updated_at
            from proposal_draft
            """;

    /** A draft of this side only: another side's draft is as good as absent. */
    Optional<Draft> find(long id, Side side) {
        return withChanges(jdbc.sql(SELECT + " where id = :id and side = :side").param("id", id).param("side", side.name())
                .query((rs, n) -> draft(rs)).list()).stream().findFirst();
    }

    List<Draft> ofTable(long tableId, Side side) {
        return withChanges(jdbc.sql(SELECT + " where table_id = :table and side = :side order by updated_at desc, id desc")
                .param("table", tableId).param("side", side.name()).query((rs, n) -> draft(rs)).list());
    }

    private List<Draft> withChanges(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return drafts;
        }
        record Row(long draftId, SectionChange change) {
        }
        Map<Long, List<SectionChange>> changes = jdbc.sql("""
                        select draft_id, op, section, new_number, title, text from proposal_draft_change
                        where draft_id in (:ids) order by draft_id, position
                        """)
                .param("ids", drafts.stream().map(Draft::id).toList())
                .query((rs, n) -> new Row(rs.getLong("draft_id"), new SectionChange(SectionChange.Op.valueOf(rs.getString("op")),
                        rs.getString("section"), rs.getString("new_number"), rs.getString("title"), rs.getString("text"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::draftId, LinkedHashMap::new, Collectors.mapping(Row::change, Collectors.toList())));
        return drafts.stream().map(d -> new Draft(d.id(), d.tableId(), d.threadId(), d.side(), d.title(), d.article(), d.economic(),
                d.language(), d.summary(), List.copyOf(changes.getOrDefault(d.id(), List.of())), d.updatedBy(), d.updatedAt())).toList();
    }

    private static Draft draft(ResultSet rs) throws SQLException {
        return new Draft(rs.getLong("id"), rs.getLong("table_id"), rs.getObject("thread_id", Long.class),
                Side.valueOf(rs.getString("side")), rs.getString("title"), rs.getString("article"), rs.getBoolean("economic"),
                rs.getString("language"), rs.getString("summary"), List.of(), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
