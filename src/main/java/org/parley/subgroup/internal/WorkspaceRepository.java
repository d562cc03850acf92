package org.parley.subgroup.internal;

import static org.parley.subgroup.internal.SubgroupRepository.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.platform.Side;
import org.parley.subgroup.Consensus;
import org.parley.subgroup.IbbIssue;
import org.parley.subgroup.InterestSide;
import org.parley.subgroup.Rating;
import org.parley.subgroup.SideNote;
import org.parley.subgroup.Stance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The interest-based workspace: issues, interests, options, criteria, assessments, stances and side notes. */
@Repository
class WorkspaceRepository {

    private final JdbcClient jdbc;

    WorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertIssue(long subgroupId, String title, String statement, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into subgroup_issue (subgroup_id, title, statement, created_at) values (:subgroup, :title, :statement, :now)")
                .param("subgroup", subgroupId).param("title", title).param("statement", statement).param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    record IssueHead(long id, long subgroupId, String title, String statement) {
    }

    Optional<IssueHead> issueHead(long issueId) {
        return jdbc.sql("select id, subgroup_id, title, statement from subgroup_issue where id = :id").param("id", issueId)
                .query((rs, n) -> new IssueHead(rs.getLong("id"), rs.getLong("subgroup_id"), rs.getString("title"),
                        rs.getString("statement"))).optional();
    }

    List<IssueHead> issueHeads(long subgroupId) {
        return jdbc.sql("select id, subgroup_id, title, statement from subgroup_issue where subgroup_id = :subgroup order by id")
                .param("subgroup", subgroupId)
                .query((rs, n) -> new IssueHead(rs.getLong("id"), rs.getLong("subgroup_id"), rs.getString("title"),
                        rs.getString("statement"))).list();
    }

    long insertInterest(long issueId, InterestSide side, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into subgroup_interest (issue_id, side, text) values (:issue, :side, :text)")
                .param("issue", issueId).param("side", side.name()).param("text", text).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<IbbIssue.Interest> interests(long issueId) {
        return jdbc.sql("select id, side, text from subgroup_interest where issue_id = :issue order by id").param("issue", issueId)
                .query((rs, n) -> new IbbIssue.Interest(rs.getLong("id"), InterestSide.valueOf(rs.getString("side")), rs.getString("text")))
                .list();
    }

    long insertOption(long issueId, String text, Side side, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into subgroup_option (issue_id, text, side, created_at) values (:issue, :text, :side, :now)")
                .param("issue", issueId).param("text", text).param("side", side == null ? null : side.name()).param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    record OptionRow(long id, long issueId, String text, Side side) {
    }

    Optional<OptionRow> option(long optionId) {
        return jdbc.sql("select id, issue_id, text, side from subgroup_option where id = :id").param("id", optionId)
                .query((rs, n) -> optionRow(rs)).optional();
    }

    /** The option, locked until the transaction ends: stances on one option are stated one at a time. */
    Optional<OptionRow> lockOption(long optionId) {
        return jdbc.sql("select id, issue_id, text, side from subgroup_option where id = :id for update").param("id", optionId)
                .query((rs, n) -> optionRow(rs)).optional();
    }

    List<OptionRow> options(long issueId) {
        return jdbc.sql("select id, issue_id, text, side from subgroup_option where issue_id = :issue order by id").param("issue", issueId)
                .query((rs, n) -> optionRow(rs)).list();
    }

    private static OptionRow optionRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OptionRow(rs.getLong("id"), rs.getLong("issue_id"), rs.getString("text"),
                rs.getString("side") == null ? null : Side.valueOf(rs.getString("side")));
    }

    long insertCriterion(long issueId, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into subgroup_criterion (issue_id, text) values (:issue, :text)")
                .param("issue", issueId).param("text", text).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<IbbIssue.Criterion> criteria(long issueId) {
        return jdbc.sql("select id, text from subgroup_criterion where issue_id = :issue order by id").param("issue", issueId)
                .query((rs, n) -> new IbbIssue.Criterion(rs.getLong("id"), rs.getString("text"))).list();
    }

    void saveAssessment(long optionId, long criterionId, Rating rating, String note) {
        int changed = jdbc.sql("update subgroup_assessment set rating = :rating, note = :note where option_id = :option and criterion_id = :criterion")
                .param("rating", rating.name()).param("note", note).param("option", optionId).param("criterion", criterionId).update();
        if (changed == 0) {
            jdbc.sql("insert into subgroup_assessment (option_id, criterion_id, rating, note) values (:option, :criterion, :rating, :note)")
                    .param("rating", rating.name()).param("note", note).param("option", optionId).param("criterion", criterionId).update();
        }
    }

    Map<Long, IbbIssue.Assessment> assessments(long optionId) {
        Map<Long, IbbIssue.Assessment> byCriterion = new LinkedHashMap<>();
        jdbc.sql("select criterion_id, rating, note from subgroup_assessment where option_id = :option order by criterion_id")
                .param("option", optionId)
                .query((rs, n) -> new IbbIssue.Assessment(rs.getLong("criterion_id"), Rating.valueOf(rs.getString("rating")), rs.getString("note")))
                .list().forEach(a -> byCriterion.put(a.criterionId(), a));
        return byCriterion;
    }

    void replacePresent(long optionId, List<Long> accountIds) {
        jdbc.sql("delete from subgroup_consensus_present where option_id = :option").param("option", optionId).update();
        for (Long id : accountIds) {
            jdbc.sql("insert into subgroup_consensus_present (option_id, account_id) values (:option, :account)")
                    .param("option", optionId).param("account", id).update();
        }
    }

    void addPresent(long optionId, long accountId) {
        jdbc.sql("""
                insert into subgroup_consensus_present (option_id, account_id)
                select :option, :account where not exists
                  (select 1 from subgroup_consensus_present where option_id = :option and account_id = :account)
                """).param("option", optionId).param("account", accountId).update();
    }

    List<Long> present(long optionId) {
        return jdbc.sql("select account_id from subgroup_consensus_present where option_id = :option order by account_id")
                .param("option", optionId).query(Long.class).list();
    }

    void saveStance(long optionId, long accountId, Stance stance, String reason, String recordedBy, Instant now) {
        int changed = jdbc.sql("""
                update subgroup_stance set stance = :stance, reason = :reason, recorded_by = :by, stated_at = :now
                where option_id = :option and account_id = :account
                """)
                .param("stance", stance.name()).param("reason", reason).param("by", recordedBy).param("now", utc(now))
                .param("option", optionId).param("account", accountId).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into subgroup_stance (option_id, account_id, stance, reason, recorded_by, stated_at)
                    values (:option, :account, :stance, :reason, :by, :now)
                    """)
                    .param("stance", stance.name()).param("reason", reason).param("by", recordedBy).param("now", utc(now))
                    .param("option", optionId).param("account", accountId).update();
        }
    }

    /** Stances by account id (the name is filled in by the caller, from the subgroup's participants). */
    Map<Long, Consensus.StatedStance> stances(long optionId) {
        Map<Long, Consensus.StatedStance> byAccount = new LinkedHashMap<>();
        jdbc.sql("select account_id, stance, reason from subgroup_stance where option_id = :option order by stated_at, account_id")
                .param("option", optionId)
                .query((rs, n) -> new Consensus.StatedStance(rs.getLong("account_id"), null, Stance.valueOf(rs.getString("stance")),
                        rs.getString("reason")))
                .list().forEach(s -> byAccount.put(s.accountId(), s));
        return byAccount;
    }

    /** Whether any stance on the option is a block. */
    boolean blocked(long optionId) {
        return jdbc.sql("select count(*) from subgroup_stance where option_id = :option and stance = 'BLOCK'")
                .param("option", optionId).query(Long.class).single() > 0;
    }

    long insertNote(long subgroupId, String itemType, long itemId, Side side, String text, String writtenBy, Instant now) {
        // A random id (OpaqueId): one side's notes must leave no countable gaps in the ids the other sees.
        return org.parley.platform.OpaqueId.insert(candidate -> {
            jdbc.sql("""
                    insert into subgroup_note (id, subgroup_id, item_type, item_id, side, text, written_by, written_at)
                    values (:id, :subgroup, :type, :item, :side, :text, :by, :now)
                    """)
                    .param("id", candidate).param("subgroup", subgroupId).param("type", itemType).param("item", itemId)
                    .param("side", side.name()).param("text", text).param("by", writtenBy).param("now", utc(now))
                    .update();
            return candidate;
        });
    }

    /** One side's notes in a subgroup: the side is always in the where clause. */
    List<SideNote> notes(long subgroupId, Side side) {
        return jdbc.sql("""
                select id, subgroup_id, item_type, item_id, side, text, written_by, written_at from subgroup_note
                where subgroup_id = :subgroup and side = :side order by id
                """)
                .param("subgroup", subgroupId).param("side", side.name())
                .query((rs, n) -> new SideNote(rs.getLong("id"), rs.getLong("subgroup_id"), rs.getString("item_type"), rs.getLong("item_id"),
                        Side.valueOf(rs.getString("side")), rs.getString("text"), rs.getString("written_by"),
                        rs.getObject("written_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Ids of the items of a subgroup, by type, to check that a note is written on one of them. */
    boolean itemBelongs(long subgroupId, String itemType, long itemId) {
        String sql = switch (itemType) {
            case "subgroup" -> "select count(*) from subgroup where id = :item and id = :subgroup";
            case "issue" -> "select count(*) from subgroup_issue where id = :item and subgroup_id = :subgroup";
            case "interest" -> "select count(*) from subgroup_interest x join subgroup_issue i on i.id = x.issue_id where x.id = :item and i.subgroup_id = :subgroup";
            case "option" -> "select count(*) from subgroup_option o join subgroup_issue i on i.id = o.issue_id where o.id = :item and i.subgroup_id = :subgroup";
            case "recommendation" -> "select count(*) from subgroup_recommendation where id = :item and subgroup_id = :subgroup";
            default -> null;
        };
        return sql != null && jdbc.sql(sql).param("item", itemId).param("subgroup", subgroupId).query(Long.class).single() > 0;
    }
}
