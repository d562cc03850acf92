package org.parley.subgroup.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.platform.Side;
import org.parley.subgroup.Participant;
import org.parley.subgroup.ParticipantRole;
import org.parley.subgroup.Subgroup;
import org.parley.subgroup.SubgroupStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SubgroupRepository {

    private final JdbcClient jdbc;

    SubgroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long tableId, long negotiationId, String name, boolean attributeOptions, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into subgroup (table_id, negotiation_id, name, status, attribute_options, created_at)
                values (:table, :negotiation, :name, :status, :attribute, :now)
                """)
                .param("table", tableId).param("negotiation", negotiationId).param("name", name)
                .param("status", SubgroupStatus.CHARTERED.name()).param("attribute", attributeOptions).param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertCharge(long subgroupId, List<String> areas) {
        for (int i = 0; i < areas.size(); i++) {
            jdbc.sql("insert into subgroup_charge (subgroup_id, position, area) values (:subgroup, :position, :area)")
                    .param("subgroup", subgroupId).param("position", i).param("area", areas.get(i)).update();
        }
    }

    void insertParticipant(long subgroupId, Participant p) {
        jdbc.sql("""
                insert into subgroup_participant (subgroup_id, account_id, role, side, display_name, local_union, caucus)
                values (:subgroup, :account, :role, :side, :name, :local, :caucus)
                """)
                .param("subgroup", subgroupId).param("account", p.accountId()).param("role", p.role().name())
                .param("side", p.side() == null ? null : p.side().name()).param("name", p.name())
                .param("local", p.localUnion()).param("caucus", p.caucus())
                .update();
    }

    void insertMeeting(long subgroupId, long sessionId) {
        jdbc.sql("insert into subgroup_meeting (subgroup_id, session_id) values (:subgroup, :session)")
                .param("subgroup", subgroupId).param("session", sessionId).update();
    }

    void updateStatus(long subgroupId, SubgroupStatus status) {
        jdbc.sql("update subgroup set status = :status where id = :id").param("status", status.name()).param("id", subgroupId).update();
    }

    void updateAttribution(long subgroupId, boolean attribute) {
        jdbc.sql("update subgroup set attribute_options = :attribute where id = :id")
                .param("attribute", attribute).param("id", subgroupId).update();
    }

    private record Head(long id, long tableId, long negotiationId, String name, SubgroupStatus status, boolean attributeOptions) {
    }

    private static final String SELECT = "select id, table_id, negotiation_id, name, status, attribute_options from subgroup";

    Optional<Subgroup> find(long id) {
        return assemble(jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::head).list()).stream().findFirst();
    }

    /** The subgroup, locked until the transaction ends, so that its changes are made one at a time. */
    Optional<Subgroup> lock(long id) {
        return assemble(jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(this::head).list()).stream().findFirst();
    }

    List<Subgroup> ofTable(long tableId) {
        return assemble(jdbc.sql(SELECT + " where table_id = :table order by id").param("table", tableId).query(this::head).list());
    }

    /** Subgroups in which the account takes part (for facilitators and observers, who cannot list a table). */
    List<Subgroup> ofParticipant(long accountId) {
        return assemble(jdbc.sql(SELECT + " where id in (select subgroup_id from subgroup_participant where account_id = :account) order by id")
                .param("account", accountId).query(this::head).list());
    }

    private Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Head(rs.getLong("id"), rs.getLong("table_id"), rs.getLong("negotiation_id"), rs.getString("name"),
                SubgroupStatus.valueOf(rs.getString("status")), rs.getBoolean("attribute_options"));
    }

    private List<Subgroup> assemble(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        record Area(long subgroupId, String area) {
        }
        Map<Long, List<String>> charges = jdbc.sql("select subgroup_id, area from subgroup_charge where subgroup_id in (:ids) order by subgroup_id, position")
                .param("ids", ids).query((rs, n) -> new Area(rs.getLong("subgroup_id"), rs.getString("area"))).list().stream()
                .collect(Collectors.groupingBy(Area::subgroupId, Collectors.mapping(Area::area, Collectors.toList())));
        record Row(long subgroupId, Participant participant) {
        }
        Map<Long, List<Participant>> participants = jdbc.sql("""
                select subgroup_id, account_id, role, side, display_name, local_union, caucus from subgroup_participant
                where subgroup_id in (:ids)
                order by subgroup_id, case role when 'CO_LEAD' then 0 when 'MEMBER' then 1 when 'FACILITATOR' then 2 else 3 end,
                         side, display_name
                """)
                .param("ids", ids)
                .query((rs, n) -> new Row(rs.getLong("subgroup_id"), new Participant(rs.getLong("account_id"), rs.getString("display_name"),
                        ParticipantRole.valueOf(rs.getString("role")), rs.getString("side") == null ? null : Side.valueOf(rs.getString("side")),
                        rs.getString("local_union"), rs.getBoolean("caucus"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::subgroupId, Collectors.mapping(Row::participant, Collectors.toList())));
        record Meeting(long subgroupId, long sessionId) {
        }
        Map<Long, List<Long>> meetings = jdbc.sql("select subgroup_id, session_id from subgroup_meeting where subgroup_id in (:ids) order by session_id")
                .param("ids", ids).query((rs, n) -> new Meeting(rs.getLong("subgroup_id"), rs.getLong("session_id"))).list().stream()
                .collect(Collectors.groupingBy(Meeting::subgroupId, Collectors.mapping(Meeting::sessionId, Collectors.toList())));
        return heads.stream().map(h -> new Subgroup(h.id(), h.tableId(), h.negotiationId(), h.name(),
                charges.getOrDefault(h.id(), List.of()), h.status(), h.attributeOptions(), participants.getOrDefault(h.id(), List.of()),
                meetings.getOrDefault(h.id(), List.of()))).toList();
    }

    /** Per subgroup of the table: issues, interests, options, and recommendations drafted, reported, approved. */
    Map<Long, long[]> counts(long tableId) {
        Map<Long, long[]> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select s.id,
                       (select count(*) from subgroup_issue i where i.subgroup_id = s.id) as issues,
                       (select count(*) from subgroup_interest x join subgroup_issue i on i.id = x.issue_id where i.subgroup_id = s.id) as interests,
                       (select count(*) from subgroup_option o join subgroup_issue i on i.id = o.issue_id where i.subgroup_id = s.id) as options,
                       (select count(*) from subgroup_recommendation r where r.subgroup_id = s.id) as drafted,
                       (select count(*) from subgroup_recommendation r where r.subgroup_id = s.id and r.status in ('REPORTED', 'APPROVED')) as reported,
                       (select count(*) from subgroup_recommendation r where r.subgroup_id = s.id and r.status = 'APPROVED') as approved
                from subgroup s where s.table_id = :table
                """)
                .param("table", tableId)
                .query((rs, n) -> counts.put(rs.getLong("id"), new long[] {rs.getLong("issues"), rs.getLong("interests"),
                        rs.getLong("options"), rs.getLong("drafted"), rs.getLong("reported"), rs.getLong("approved")}))
                .list();
        return counts;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
