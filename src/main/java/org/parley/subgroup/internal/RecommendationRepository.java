package org.parley.subgroup.internal;

import static org.parley.subgroup.internal.SubgroupRepository.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.contract.SectionChange;
import org.parley.subgroup.Recommendation;
import org.parley.subgroup.RecommendationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RecommendationRepository {

    private final JdbcClient jdbc;

    RecommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long subgroupId, long tableId, Long optionId, String title, String text, boolean economic, String draftedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into subgroup_recommendation (subgroup_id, table_id, option_id, title, text, economic, status, drafted_by, drafted_at)
                values (:subgroup, :table, :option, :title, :text, :economic, :status, :by, :now)
                """)
                .param("subgroup", subgroupId).param("table", tableId).param("option", optionId).param("title", title)
                .param("text", text).param("economic", economic).param("status", RecommendationStatus.DRAFTED.name())
                .param("by", draftedBy).param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertChanges(long recommendationId, List<SectionChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            SectionChange c = changes.get(i);
            jdbc.sql("""
                    insert into subgroup_recommendation_change (recommendation_id, position, op, section, new_number, title, text)
                    values (:recommendation, :position, :op, :section, :newNumber, :title, :text)
                    """)
                    .param("recommendation", recommendationId).param("position", i).param("op", c.op().name())
                    .param("section", c.section()).param("newNumber", c.newNumber()).param("title", c.title()).param("text", c.text())
                    .update();
        }
    }

    void report(long id, long sessionId, LocalDate on) {
        jdbc.sql("""
                update subgroup_recommendation set status = 'REPORTED', check_in_session_id = :session, reported_on = :on,
                       sent_back_reason = null where id = :id
                """).param("session", sessionId).param("on", on).param("id", id).update();
    }

    void sendBack(long id, String reason) {
        jdbc.sql("update subgroup_recommendation set status = 'SENT_BACK', sent_back_reason = :reason where id = :id")
                .param("reason", reason).param("id", id).update();
    }

    void approve(long id, long tentativeAgreementId) {
        jdbc.sql("update subgroup_recommendation set status = 'APPROVED', tentative_agreement_id = :ta where id = :id")
                .param("ta", tentativeAgreementId).param("id", id).update();
    }

    private static final String SELECT = """
            select r.id, r.subgroup_id, s.name as subgroup_name, r.table_id, r.option_id, r.title, r.text, r.economic, r.status,
                   r.check_in_session_id, r.reported_on, r.sent_back_reason, r.tentative_agreement_id, r.drafted_by
            from subgroup_recommendation r join subgroup s on s.id = r.subgroup_id
            """;

    Optional<Recommendation> find(long id) {
        return list(SELECT + " where r.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The recommendations, locked until the transaction ends: a batch is decided once. */
    List<Recommendation> lock(List<Long> ids) {
        jdbc.sql("select id from subgroup_recommendation where id in (:ids) order by id for update").param("ids", ids).query(Long.class).list();
        return list(SELECT + " where r.id in (:ids) order by r.id", Map.of("ids", ids));
    }

    List<Recommendation> ofSubgroup(long subgroupId) {
        return list(SELECT + " where r.subgroup_id = :subgroup order by r.id", Map.of("subgroup", subgroupId));
    }

    List<Recommendation> ofTable(long tableId) {
        return list(SELECT + " where r.table_id = :table order by r.subgroup_id, r.id", Map.of("table", tableId));
    }

    private List<Recommendation> list(String sql, Map<String, ?> params) {
        List<Recommendation> heads = jdbc.sql(sql).params(params).query((rs, n) -> new Recommendation(rs.getLong("id"),
                rs.getLong("subgroup_id"), rs.getString("subgroup_name"), rs.getLong("table_id"), (Long) rs.getObject("option_id", Long.class),
                rs.getString("title"), rs.getString("text"), List.of(), rs.getBoolean("economic"),
                RecommendationStatus.valueOf(rs.getString("status")), rs.getObject("check_in_session_id", Long.class),
                rs.getObject("reported_on", LocalDate.class), rs.getString("sent_back_reason"),
                rs.getObject("tentative_agreement_id", Long.class), rs.getString("drafted_by"))).list();
        if (heads.isEmpty()) {
            return heads;
        }
        record Row(long recommendationId, SectionChange change) {
        }
        Map<Long, List<SectionChange>> changes = jdbc.sql("""
                select recommendation_id, op, section, new_number, title, text from subgroup_recommendation_change
                where recommendation_id in (:ids) order by recommendation_id, position
                """)
                .param("ids", heads.stream().map(Recommendation::id).toList())
                .query((rs, n) -> new Row(rs.getLong("recommendation_id"), new SectionChange(SectionChange.Op.valueOf(rs.getString("op")),
                        rs.getString("section"), rs.getString("new_number"), rs.getString("title"), rs.getString("text"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::recommendationId, LinkedHashMap::new, Collectors.mapping(Row::change, Collectors.toList())));
        return heads.stream().map(r -> new Recommendation(r.id(), r.subgroupId(), r.subgroupName(), r.tableId(), r.optionId(), r.title(),
                r.text(), List.copyOf(changes.getOrDefault(r.id(), List.of())), r.economic(), r.status(), r.checkInSessionId(),
                r.reportedOn(), r.sentBackReason(), r.tentativeAgreementId(), r.draftedBy())).toList();
    }
}
